package org.learningcommons.community;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Criteria of the community directory: free text (name, description or tag), category, tag, and
 * whether to list only the caller's own communities.
 */
public record CommunitySearch(
    @Size(max = 200) String text,
    @Size(max = Community.MAX_CATEGORY) String category,
    @Size(max = Community.MAX_TAG) String tag,
    boolean mineOnly,
    @NotNull CommunitySort sort)
    implements Serializable {

  public static CommunitySearch all() {
    return new CommunitySearch(null, null, null, false, CommunitySort.ACTIVITY);
  }
}
