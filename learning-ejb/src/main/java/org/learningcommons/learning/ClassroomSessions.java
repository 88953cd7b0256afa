package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * Classroom sessions of a course: the owner or HR schedules, changes and cancels them; learners who
 * may see the course sign up (a place while there is one, else the waiting list) and cancel; a
 * place that comes free goes to the first person waiting in the same transaction; the trainer (or
 * HR) marks attendance, which completes the course.
 *
 * <p>Every step that counts or moves places locks the session row first, so concurrent sign-ups and
 * cancellations never give out more places than the session has.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ClassroomSessions {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB EnrolmentRecorder enrolments;
  @EJB NotificationCentre notifications;
  @Inject AuditTrail audit;

  /** The page a session's notices link to. */
  public static String link(long courseId, long sessionId) {
    return "/learning/sessions.xhtml?course=" + courseId + "#session-" + sessionId;
  }

  /**
   * Schedules a session of the course (its owner, HR). Audited.
   *
   * @return the new session's id
   */
  public long schedule(long courseId, @NotNull @Valid SessionDraft draft) {
    Course course = gate.courseToManage(courseId);
    String trainer = activeStaff(draft.trainer());
    Instant now = Instant.now();
    ClassroomSession session =
        inState(
            () ->
                planned(
                    () -> new ClassroomSession(course, draft.plan(trainer), gate.caller(), now)));
    em.persist(session);
    em.flush();
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.SESSION_SCHEDULED,
            "session " + session.getId(),
            null,
            course.getTitle() + ": " + session.getStartsAt() + ", " + session.getPlace()));
    return session.getId();
  }

  /**
   * Changes date, place, trainer or capacity before the session starts (owner, HR). A larger
   * capacity gives places to the people waiting, first come first served.
   */
  public void reschedule(long sessionId, @NotNull @Valid SessionDraft draft) {
    ClassroomSession session = locked(sessionId);
    Course course = gate.courseToManage(session.getCourseId());
    String trainer = activeStaff(draft.trainer());
    Instant now = Instant.now();
    int taken = taken(sessionId);
    inState(
        () ->
            planned(
                () -> {
                  session.reschedule(draft.plan(trainer), taken, now);
                  return session;
                }));
    promoteWaiting(session, course, taken, now);
  }

  /**
   * Calls the session off before it starts (owner, HR). Every booking ends; the people booked or
   * waiting hear of it. Audited.
   */
  public void cancel(long sessionId) {
    ClassroomSession session = locked(sessionId);
    Course course = gate.courseToManage(session.getCourseId());
    Instant now = Instant.now();
    inState(
        () -> {
          session.cancel(now);
          return session;
        });
    List<SessionBooking> open =
        em.createQuery(
                "select b from SessionBooking b where b.sessionId = :session"
                    + " and b.status in (org.learningcommons.learning.BookingStatus.BOOKED,"
                    + " org.learningcommons.learning.BookingStatus.WAITLISTED)",
                SessionBooking.class)
            .setParameter("session", sessionId)
            .getResultList();
    List<String> told = new ArrayList<>();
    for (SessionBooking booking : open) {
      booking.cancel(session, now);
      told.add(booking.getUsername());
    }
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.SESSION_CANCELLED,
            "session " + sessionId,
            null,
            course.getTitle() + ": " + session.getStartsAt() + ", " + told.size() + " bookings"));
    if (!told.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.SESSION_CANCELLED,
              gate.caller(),
              told,
              subject(course, session),
              link(course.getId(), sessionId)));
    }
  }

  /**
   * Signs the caller up: a place while there is one, else the waiting list. Enrols them on the
   * course when they are not enrolled yet (only on a course open to self-enrolment, unless they
   * manage it). A second sign-up for the same session changes nothing; a booking on another session
   * of the course is refused (cancel that first).
   */
  public SignUpOutcome signUp(long sessionId) {
    ClassroomSession session = locked(sessionId);
    Course course = gate.course(session.getCourseId());
    String me = gate.caller();
    Instant now = Instant.now();
    inState(
        () -> {
          session.requireTakesSignUps(now);
          return session;
        });
    SessionBooking booking = bookingOf(sessionId, me, false);
    if (booking != null && booking.getStatus().isOpen()) {
      return new SignUpOutcome(view(booking, me), false);
    }
    if (booking != null && booking.getStatus() != BookingStatus.CANCELLED) {
      throw new SessionConflictException(
          "refusal.session.not_open", "You were on this session already");
    }
    requireNoOtherBooking(course, sessionId, me);
    if (enrolments.active(course.getId(), me) == null) {
      if (!course.isOpen()) {
        throw new SessionConflictException(
            "refusal.session.courseClosed", "The course takes no new learners");
      }
      if (!course.isSelfEnrol() && !gate.mayManage(course)) {
        throw new NotPermittedException(
            "refusal.session.notEnrolled",
            "This course is not open to self-enrolment: ask your manager or HR to enrol you.");
      }
      enrolments.enrol(course, me, EnrolmentOrigin.SESSION, me, null);
    }
    BookingStatus place = session.placeFor(taken(sessionId));
    boolean created = booking == null;
    if (created) {
      booking = inState(() -> new SessionBooking(session, me, place, now));
      em.persist(booking);
    } else {
      SessionBooking cancelled = booking;
      inState(
          () -> {
            cancelled.reopen(session, place, now);
            return cancelled;
          });
    }
    em.flush();
    if (place == BookingStatus.BOOKED) {
      notifications.send(
          new Notice(
              NotificationKind.SESSION_BOOKED,
              null,
              List.of(me),
              subject(course, session),
              link(course.getId(), sessionId)));
    }
    return new SignUpOutcome(view(booking, me), true);
  }

  /**
   * Gives up the caller's place or waiting-list entry before the session starts; a place that comes
   * free goes to the first person waiting, who hears of it.
   */
  public void cancelMyBooking(long sessionId) {
    ClassroomSession session = locked(sessionId);
    Course course = gate.course(session.getCourseId());
    Instant now = Instant.now();
    SessionBooking booking = bookingOf(sessionId, gate.caller(), false);
    if (booking == null || !booking.getStatus().isOpen()) {
      throw new NotFoundException("booking", sessionId);
    }
    boolean freed = inState(() -> booking.cancel(session, now));
    if (freed) {
      em.flush();
      promoteWaiting(session, course, taken(sessionId), now);
    }
  }

  /** Gives free places to the people waiting, first come first served, and tells them. */
  private void promoteWaiting(ClassroomSession session, Course course, int taken, Instant now) {
    int free = session.seatsLeft(taken);
    if (free == 0 || !session.takesSignUps(now)) {
      return;
    }
    List<SessionBooking> line =
        em.createQuery(
                "select b from SessionBooking b where b.sessionId = :session"
                    + " and b.status = org.learningcommons.learning.BookingStatus.WAITLISTED"
                    + " order by b.requestedAt, b.id",
                SessionBooking.class)
            .setParameter("session", session.getId())
            .setMaxResults(free)
            .getResultList();
    List<String> promoted = new ArrayList<>();
    for (SessionBooking booking : line) {
      booking.promote(now);
      promoted.add(booking.getUsername());
    }
    if (!promoted.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.SESSION_PROMOTED,
              null,
              promoted,
              subject(course, session),
              link(course.getId(), session.getId())));
    }
  }

  private void requireNoOtherBooking(Course course, long sessionId, String me) {
    boolean other =
        !em.createQuery(
                "select b.id from SessionBooking b where b.courseId = :course"
                    + " and b.username = :name and b.sessionId <> :session"
                    + " and b.status in (org.learningcommons.learning.BookingStatus.BOOKED,"
                    + " org.learningcommons.learning.BookingStatus.WAITLISTED)",
                Long.class)
            .setParameter("course", course.getId())
            .setParameter("name", me)
            .setParameter("session", sessionId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (other) {
      throw new SessionConflictException(
          "refusal.session.otherBooking",
          "You are booked on another session of this course: cancel that booking first.");
    }
  }

  /** The session, its row locked for the rest of the transaction; 404 when there is none. */
  private ClassroomSession locked(long sessionId) {
    ClassroomSession session =
        em.find(ClassroomSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw new NotFoundException("session", sessionId);
    }
    return session;
  }

  private SessionBooking bookingOf(long sessionId, String username, boolean lock) {
    var query =
        em.createQuery(
                "select b from SessionBooking b where b.sessionId = :session and b.username = :name",
                SessionBooking.class)
            .setParameter("session", sessionId)
            .setParameter("name", username);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst().orElse(null);
  }

  /** Places taken: booked, and after the session attended or absent. */
  private int taken(long sessionId) {
    return em.createQuery(
            "select count(b) from SessionBooking b where b.sessionId = :session"
                + " and b.status in (org.learningcommons.learning.BookingStatus.BOOKED,"
                + " org.learningcommons.learning.BookingStatus.ATTENDED,"
                + " org.learningcommons.learning.BookingStatus.ABSENT)",
            Long.class)
        .setParameter("session", sessionId)
        .getSingleResult()
        .intValue();
  }

  private BookingView view(SessionBooking booking, String username) {
    return BookingViews.of(em, gate, booking, username);
  }

  private String activeStaff(String typed) {
    String username = typed.strip().toLowerCase(Locale.ROOT);
    boolean active =
        !em.createNativeQuery("select 1 from staff_member where username = ?1 and active")
            .setParameter(1, username)
            .getResultList()
            .isEmpty();
    if (!active) {
      throw new RejectedInputException(
          "trainer",
          "refusal.session.trainerUnknown",
          "There is no active member of staff " + username);
    }
    return username;
  }

  static String subject(Course course, ClassroomSession session) {
    return course.getTitle() + ", " + session.getStartsAt().toString().replace('T', ' ');
  }

  private static <T> T inState(Supplier<T> step) {
    try {
      return step.get();
    } catch (SessionStateException e) {
      throw SessionConflictException.of(e);
    }
  }

  private static <T> T planned(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("plan", "refusal.session.plan", e.getMessage());
    }
  }
}
