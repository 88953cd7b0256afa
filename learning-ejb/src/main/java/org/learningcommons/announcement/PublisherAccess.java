package org.learningcommons.announcement;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.people.Role;

/**
 * Who may manage a published announcement: the person who published it, and HR and administrators
 * (who speak for the whole organisation). Everybody else is told it does not exist, so that ids
 * cannot be probed.
 */
final class PublisherAccess {

  private PublisherAccess() {}

  static boolean seesAll(SessionContext context) {
    return context.isCallerInRole(Role.Names.HR) || context.isCallerInRole(Role.Names.ADMIN);
  }

  /** The announcement, if the caller manages it; otherwise not found. */
  static Announcement managed(EntityManager em, SessionContext context, long id) {
    Announcement announcement = em.find(Announcement.class, id);
    if (announcement == null
        || !(seesAll(context)
            || announcement.getCreatedBy().equals(context.getCallerPrincipal().getName()))) {
      throw new NotFoundException("announcement", id);
    }
    return announcement;
  }
}
