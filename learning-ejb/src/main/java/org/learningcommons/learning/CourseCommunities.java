package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningcommons.community.Community;
import org.learningcommons.community.Membership;
import org.learningcommons.community.Visibility;
import org.learningcommons.people.Role;

/**
 * Each course's community for its learners: a restricted community named after the course, owned by
 * the course's owner, made when the course is first published. Every enrolment admits the learner
 * as an active member ({@link #admit}); leaving the course does not end the membership (people
 * leave the community themselves).
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class CourseCommunities {

  static final String CATEGORY = "Learning";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /** Makes the course's community and links it; the caller has checked permissions. */
  public long open(Course course) {
    Instant now = Instant.now();
    Community community =
        new Community(
            freeName(course),
            truncate(course.getSummary(), Community.MAX_DESCRIPTION),
            CATEGORY,
            course.getTags().stream()
                .filter(tag -> tag.length() <= Community.MAX_TAG)
                .sorted()
                .limit(Community.MAX_TAGS)
                .toList(),
            Visibility.RESTRICTED,
            course.getOwner(),
            now);
    em.persist(community);
    em.persist(Membership.owner(community, course.getOwner(), now));
    community.memberJoined();
    em.flush();
    course.attachCommunity(community.getId());
    return community.getId();
  }

  /**
   * Makes the learner an active member of the course's community, if it has one: a new member, or
   * one whose request or invitation was pending. Idempotent; runs in the caller's transaction.
   */
  static void admit(EntityManager em, Course course, String username) {
    if (course.getCommunityId() == null) {
      return;
    }
    long communityId = course.getCommunityId();
    int changed =
        em.createNativeQuery(
                "insert into membership (community_id, username, role, status, since, version)"
                    + " values (?1, ?2, 'MEMBER', 'ACTIVE', ?3, 0)"
                    + " on conflict (community_id, username) do update set status = 'ACTIVE',"
                    + " since = excluded.since, invited_by = null"
                    + " where membership.status <> 'ACTIVE'")
            .setParameter(1, communityId)
            .setParameter(2, username)
            .setParameter(3, timestamp(Instant.now()))
            .executeUpdate();
    if (changed > 0) {
      em.createNativeQuery("update community set member_count = member_count + 1 where id = ?1")
          .setParameter(1, communityId)
          .executeUpdate();
    }
  }

  /** The course's title, or with its number when a community has that name already. */
  private String freeName(Course course) {
    String name = truncate(course.getTitle(), Community.MAX_NAME);
    List<?> taken =
        em.createNativeQuery("select 1 from community where lower(name) = lower(?1)")
            .setParameter(1, name)
            .getResultList();
    if (taken.isEmpty()) {
      return name;
    }
    String suffix = " (course " + course.getId() + ")";
    return truncate(course.getTitle(), Community.MAX_NAME - suffix.length()) + suffix;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max).strip();
  }
}
