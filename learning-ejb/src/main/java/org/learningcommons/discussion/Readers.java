package org.learningcommons.discussion;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.learningcommons.community.Visibility;

/**
 * Narrows a set of people to those who may read a community, so that a notification or a mention
 * never tells anyone about content they could not open.
 */
@Stateless
@PermitAll
public class Readers {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  public List<String> of(long communityId, Visibility visibility, Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    if (visibility == Visibility.OPEN) {
      return em.createQuery(
              "select s.username from StaffMember s where s.active = true"
                  + " and s.username in :names",
              String.class)
          .setParameter("names", usernames)
          .getResultList();
    }
    return em.createQuery(
            "select m.username from Membership m, StaffMember s where s.username = m.username"
                + " and s.active = true and m.community.id = :id and m.status = :active"
                + " and m.username in :names",
            String.class)
        .setParameter("id", communityId)
        .setParameter("active", org.learningcommons.community.MembershipStatus.ACTIVE)
        .setParameter("names", usernames)
        .getResultList();
  }
}
