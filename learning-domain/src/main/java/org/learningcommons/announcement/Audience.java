package org.learningcommons.announcement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.learningcommons.people.Role;
import org.learningcommons.people.Usernames;

/**
 * Who an announcement is for: everyone, or any combination of departments, roles, communities and
 * the reporting lines of managers.
 *
 * <p>The criteria are a union: a person is in the audience when they match <em>any</em> of them
 * (their department is listed, or they hold a listed role, or they are an active member of a listed
 * community, or a listed manager is above them). A union is what publishers mean when they tick
 * "Finance" and "the Berlin community": both groups should hear it. An intersection ("managers in
 * Finance") would need a second kind of audience and is not offered. Because of the union, choosing
 * everyone makes every other criterion redundant, so they are dropped.
 *
 * <p>The reporting line of a manager is everybody below that manager at any depth, not the manager
 * themselves: "tell Dana's organisation" addresses Dana's people, and Dana is usually the
 * publisher.
 *
 * <p>An audience that chooses nobody is refused when it is built. Whether a valid audience matches
 * any actual person (a department nobody works in) is a question for the directory, answered when
 * the announcement is published.
 */
public record Audience(
    boolean everyone,
    Set<String> departments,
    Set<Role> roles,
    Set<Long> communityIds,
    Set<String> reportingLinesOf) {

  public Audience {
    if (everyone) {
      departments = Set.of();
      roles = Set.of();
      communityIds = Set.of();
      reportingLinesOf = Set.of();
    } else {
      departments = stripped(departments);
      roles = Set.copyOf(roles);
      communityIds = Set.copyOf(communityIds);
      reportingLinesOf = usernames(reportingLinesOf);
      if (departments.isEmpty()
          && roles.isEmpty()
          && communityIds.isEmpty()
          && reportingLinesOf.isEmpty()) {
        throw new IllegalArgumentException(
            "An audience must be everyone or name at least one department, role, community or"
                + " manager's reporting line");
      }
    }
  }

  /** All active staff. */
  public static Audience allStaff() {
    return new Audience(true, Set.of(), Set.of(), Set.of(), Set.of());
  }

  public static Audience ofCommunities(Collection<Long> communityIds) {
    return new Audience(false, Set.of(), Set.of(), Set.copyOf(communityIds), Set.of());
  }

  /** Whether the announcement reaches {@code person}; see the class comment for the union. */
  public boolean includes(AudienceMember person) {
    return everyone
        || (person.department() != null && departments.contains(person.department().strip()))
        || person.roles().stream().anyMatch(roles::contains)
        || person.communityIds().stream().anyMatch(communityIds::contains)
        || person.managerChain().stream()
            .map(Usernames::normalise)
            .anyMatch(reportingLinesOf::contains);
  }

  /**
   * HR and administrators publish to any audience. A community moderator publishes only to
   * communities they moderate, and only to those: adding a department or role would let a moderator
   * reach people who never joined their community. Nobody else publishes.
   */
  public boolean publishableBy(Publisher publisher) {
    if (publisher.speaksForOrganisation()) {
      return true;
    }
    return isCommunitiesOnly() && publisher.moderatedCommunityIds().containsAll(communityIds);
  }

  /** Only communities are named, as in a moderator's announcement. */
  public boolean isCommunitiesOnly() {
    return !everyone && departments.isEmpty() && roles.isEmpty() && reportingLinesOf.isEmpty();
  }

  private static Set<String> stripped(Set<String> values) {
    Set<String> result = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("A department of an audience must not be blank");
      }
      result.add(value.strip());
    }
    return Set.copyOf(result);
  }

  private static Set<String> usernames(Set<String> values) {
    Set<String> result = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("A manager of an audience must not be blank");
      }
      result.add(Usernames.normalise(value));
    }
    return Set.copyOf(result);
  }
}
