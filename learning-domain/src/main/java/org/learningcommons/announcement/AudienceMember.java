package org.learningcommons.announcement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * An active member of staff as far as audiences are concerned. Deactivated people are never turned
 * into an audience member, which is why {@link Audience#allStaff()} needs no check of its own.
 *
 * @param department as the directory spells it; null when the directory has none
 * @param communityIds communities where the person is an ACTIVE member (not requested, not invited)
 * @param managerChain usernames from the direct manager up to the top of the organisation
 */
public record AudienceMember(
    String username,
    String department,
    Set<Role> roles,
    Set<Long> communityIds,
    List<String> managerChain) {

  public AudienceMember {
    Objects.requireNonNull(username);
    roles = Set.copyOf(roles);
    communityIds = Set.copyOf(communityIds);
    managerChain = List.copyOf(managerChain);
  }
}
