package org.learningcommons.community.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learningcommons.community.Community;
import org.learningcommons.community.CommunityDraft;
import org.learningcommons.community.Visibility;

/**
 * The body of {@code POST /communities}. {@code visibility} is a string checked here, so that a
 * wrong value is a field error rather than an unreadable body.
 */
public record NewCommunityInput(
    @NotBlank(message = "must not be blank")
        @Size(max = Community.MAX_NAME, message = "must be at most 120 characters")
        String name,
    @Size(max = Community.MAX_DESCRIPTION, message = "must be at most 2000 characters")
        String description,
    @NotBlank(message = "must not be blank")
        @Size(max = Community.MAX_CATEGORY, message = "must be at most 64 characters")
        String category,
    @Size(max = Community.MAX_TAGS, message = "must have at most 10 tags")
        List<
                @NotNull(message = "must not be null")
                @Size(max = Community.MAX_TAG, message = "must be at most 40 characters each")
                String>
            tags,
    @NotNull(message = "must be OPEN, RESTRICTED or PRIVATE")
        @Pattern(
            regexp = "OPEN|RESTRICTED|PRIVATE",
            message = "must be OPEN, RESTRICTED or PRIVATE")
        String visibility) {

  static NewCommunityInput empty() {
    return new NewCommunityInput(null, null, null, null, null);
  }

  CommunityDraft draft() {
    return new CommunityDraft(
        name,
        description,
        category,
        tags == null ? List.of() : tags,
        Visibility.valueOf(visibility));
  }
}
