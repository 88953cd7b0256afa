package org.learningcommons.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What a person fills in to create or describe a community. */
public record CommunityDraft(
    @NotBlank(message = "Enter a name.")
        @Size(max = Community.MAX_NAME, message = "The name is too long (at most 120 characters).")
        String name,
    @Size(max = Community.MAX_DESCRIPTION, message = "The description is too long.")
        String description,
    @NotBlank(message = "Choose a category.") @Size(max = Community.MAX_CATEGORY) String category,
    @Size(max = Community.MAX_TAGS, message = "At most 10 tags.")
        List<@Size(max = Community.MAX_TAG, message = "A tag has at most 40 characters.") String>
            tags,
    @NotNull(message = "Choose who can see the community.") Visibility visibility)
    implements Serializable {}
