package org.learningcommons.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * The one way a completion is written, whatever led to it: the last required lesson or quiz, a
 * trainer's attendance mark, or an import. Callers have checked permissions; this runs in their
 * transaction, so a completion and what caused it are stored together or not at all.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class CompletionRecorder {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB NotificationCentre notifications;

  /**
   * Records that {@code username} completed the course; ends their active enrolment (if any) as
   * completed and tells them their certificate is ready.
   *
   * @param enrolment the enrolment it completes, or null (an import without one)
   * @param minutes learning time credited; the course's duration unless the source says otherwise
   * @param recordedBy who recorded it: the learner, the trainer, or the importer
   */
  public Completion record(
      Course course,
      String username,
      Enrolment enrolment,
      Instant completedAt,
      int minutes,
      CompletionSource source,
      String recordedBy) {
    Instant now = Instant.now();
    Completion completion =
        new Completion(
            course,
            username,
            enrolment,
            completedAt,
            minutes,
            source,
            VerificationCode.random(),
            recordedBy,
            now);
    if (enrolment != null && enrolment.isActive()) {
      enrolment.complete(now);
    }
    em.persist(completion);
    em.flush();
    notifications.send(
        new Notice(
            NotificationKind.COURSE_COMPLETED,
            null,
            List.of(username),
            course.getTitle(),
            "/learning/certificate.xhtml?id=" + completion.getId()));
    return completion;
  }
}
