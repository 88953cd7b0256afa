package org.learningcommons.announcement;

import java.util.Objects;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * The person who wants to publish, with what entitles them to: their application roles and the
 * communities in which they are an active owner or moderator.
 */
public record Publisher(String username, Set<Role> roles, Set<Long> moderatedCommunityIds) {

  public Publisher {
    Objects.requireNonNull(username);
    roles = Set.copyOf(roles);
    moderatedCommunityIds = Set.copyOf(moderatedCommunityIds);
  }

  /** HR and administrators speak to the whole organisation. */
  public boolean speaksForOrganisation() {
    return roles.contains(Role.HR) || roles.contains(Role.ADMIN);
  }
}
