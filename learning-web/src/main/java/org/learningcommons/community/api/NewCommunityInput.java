package org.learningcommons.community.api;

import java.util.List;
import java.util.Set;
import org.learningcommons.community.Community;
import org.learningcommons.community.CommunityDraft;
import org.learningcommons.community.Visibility;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/**
 * The body of {@code POST /communities}. {@code visibility} is a string checked here, so that a
 * wrong value is a field error rather than an unreadable body.
 */
public record NewCommunityInput(
    String name, String description, String category, List<String> tags, String visibility) {

  private static final Set<String> VISIBILITIES = Set.of("OPEN", "RESTRICTED", "PRIVATE");

  CommunityDraft checkedDraft() {
    InvalidInputException.check()
        .required("name", name, Community.MAX_NAME)
        .optional("description", description, Community.MAX_DESCRIPTION)
        .required("category", category, Community.MAX_CATEGORY)
        .items("tags", tags, Community.MAX_TAGS)
        .rule(
            tags != null
                && tags.stream().anyMatch(t -> t != null && t.length() > Community.MAX_TAG),
            "tags",
            "must each be at most " + Community.MAX_TAG + " characters")
        .oneOf("visibility", visibility, true, VISIBILITIES)
        .done();
    return new CommunityDraft(
        name,
        description,
        category,
        tags == null ? List.of() : tags,
        Visibility.valueOf(visibility));
  }
}
