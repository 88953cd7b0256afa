package org.learningcommons.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.learningcommons.people.Role;

/**
 * The one way an enrolment is written, whoever asks for it (the learner, their manager, HR, a rule,
 * a session booking or an import). Callers have checked permissions; this runs in their
 * transaction. A person already on the course keeps their active enrolment: it is returned, and an
 * earlier due date wins over a later one. A new learner becomes an active member of the course's
 * community.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class EnrolmentRecorder {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /**
   * Enrols {@code username} on the course unless they have an active enrolment on it already.
   *
   * @param dueAt when it must be completed, or null
   * @return the active enrolment, new or existing
   */
  public Enrolment enrol(
      Course course, String username, EnrolmentOrigin origin, String enrolledBy, Instant dueAt) {
    Enrolment existing = active(course.getId(), username);
    if (existing != null) {
      if (dueAt != null && (existing.getDueAt() == null || dueAt.isBefore(existing.getDueAt()))) {
        existing.dueBy(dueAt);
      }
      return existing;
    }
    Enrolment enrolment = new Enrolment(course, username, origin, enrolledBy, dueAt, Instant.now());
    em.persist(enrolment);
    em.flush();
    CourseCommunities.admit(em, course, username);
    return enrolment;
  }

  /** The person's active enrolment on the course, or null. */
  public Enrolment active(long courseId, String username) {
    return em.createQuery(
            "select e from Enrolment e where e.courseId = :course and e.username = :name"
                + " and e.status = org.learningcommons.learning.EnrolmentStatus.ACTIVE",
            Enrolment.class)
        .setParameter("course", courseId)
        .setParameter("name", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
