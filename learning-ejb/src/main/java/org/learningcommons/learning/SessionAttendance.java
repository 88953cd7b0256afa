package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Locale;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.people.Role;

/**
 * Attendance at classroom sessions: the trainer (or HR) marks who came once the session began.
 * Attending completes the course through {@link CompletionRecorder}, once, crediting the session's
 * length; absent does not.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class SessionAttendance {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB EnrolmentRecorder enrolments;
  @EJB CompletionRecorder completions;
  @Inject AuditTrail audit;

  /**
   * Marks a booked person as attending or absent. The booking row is locked, so a repeated or
   * concurrent mark completes the course only once. Audited.
   */
  public BookingView mark(long sessionId, @NotNull String username, boolean attended) {
    ClassroomSession session = em.find(ClassroomSession.class, sessionId);
    if (session == null) {
      throw new NotFoundException("session", sessionId);
    }
    Course course = gate.course(session.getCourseId());
    String me = gate.caller();
    if (!me.equals(session.getTrainer()) && !gate.callerIsHr()) {
      throw new NotPermittedException(
          "refusal.session.notTrainer", "Only the session's trainer or HR marks attendance.");
    }
    String person = username.strip().toLowerCase(Locale.ROOT);
    SessionBooking booking =
        em.createQuery(
                "select b from SessionBooking b where b.sessionId = :session and b.username = :name",
                SessionBooking.class)
            .setParameter("session", sessionId)
            .setParameter("name", person)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("booking", person));
    Instant now = Instant.now();
    boolean changed;
    try {
      changed = booking.mark(session, attended, me, now);
    } catch (SessionStateException e) {
      throw SessionConflictException.of(e);
    }
    if (changed && attended) {
      Enrolment enrolment = enrolments.active(course.getId(), person);
      if (enrolment == null && course.isOpen()) {
        enrolment = enrolments.enrol(course, person, EnrolmentOrigin.SESSION, me, null);
      }
      booking.completedBy(
          completions.record(
              course,
              person,
              enrolment,
              session.completedAt(now),
              session.minutes(),
              CompletionSource.ATTENDANCE,
              me));
    }
    if (changed) {
      audit.record(
          new AuditEvent(
              now,
              me,
              AuditAction.ATTENDANCE_MARKED,
              "session " + sessionId,
              null,
              person + ": " + booking.getStatus().name()));
    }
    return BookingViews.of(em, gate, booking, person);
  }
}
