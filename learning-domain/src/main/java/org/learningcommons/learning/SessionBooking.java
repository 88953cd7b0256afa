package org.learningcommons.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.learningcommons.shared.Checks;

/**
 * One person on one classroom session: a place, or a waiting-list entry that the next free place
 * goes to (first come, first served), and after the session whether they attended. A person has one
 * booking per session (a cancelled one is opened again when they sign up anew) and at most one open
 * booking per course.
 */
@Entity
@Table(name = "session_booking")
public class SessionBooking {

  /** The waiting list's order: who signed up first, then the older booking. */
  public static final Comparator<SessionBooking> WAITLIST_ORDER =
      Comparator.comparing(SessionBooking::getRequestedAt)
          .thenComparing(b -> b.getId() == null ? Long.MAX_VALUE : b.getId());

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BookingStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "booked_at")
  private Instant bookedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "marked_at")
  private Instant markedAt;

  @Column(name = "marked_by")
  private String markedBy;

  @Column(name = "completion_id")
  private Long completionId;

  @Version private long version;

  protected SessionBooking() {}

  /**
   * Signs {@code username} up for the session with what {@link ClassroomSession#placeFor(int)}
   * gives them.
   */
  public SessionBooking(
      ClassroomSession session, String username, BookingStatus place, Instant now) {
    session.requireTakesSignUps(now);
    this.sessionId = session.getId();
    this.courseId = session.getCourseId();
    this.username = Checks.requireName(username, "learner");
    enter(place, now);
  }

  /** Signs up again after a cancellation: at the end of the waiting list, or with a place. */
  public void reopen(ClassroomSession session, BookingStatus place, Instant now) {
    session.requireTakesSignUps(now);
    if (status != BookingStatus.CANCELLED) {
      throw new SessionStateException(
          SessionStateException.Reason.NOT_OPEN, "The booking is " + status.name());
    }
    cancelledAt = null;
    enter(place, now);
  }

  private void enter(BookingStatus place, Instant now) {
    if (!Objects.requireNonNull(place, "place").isOpen()) {
      throw new IllegalArgumentException("A sign-up gets a place or the waiting list");
    }
    status = place;
    requestedAt = Objects.requireNonNull(now);
    bookedAt = place == BookingStatus.BOOKED ? now : null;
  }

  /**
   * Gives up the place or the waiting-list entry before the session starts.
   *
   * @return whether a place came free (it was booked, not waiting)
   */
  public boolean cancel(ClassroomSession session, Instant now) {
    if (!status.isOpen()) {
      throw new SessionStateException(
          SessionStateException.Reason.NOT_OPEN, "The booking is " + status.name());
    }
    if (session.getStatus() == SessionStatus.SCHEDULED) {
      session.requireTakesSignUps(now);
    }
    boolean freed = status == BookingStatus.BOOKED;
    status = BookingStatus.CANCELLED;
    cancelledAt = now;
    return freed;
  }

  /** Gives the first person waiting the place that came free. */
  public void promote(Instant now) {
    if (status != BookingStatus.WAITLISTED) {
      throw new SessionStateException(
          SessionStateException.Reason.NOT_OPEN, "Only a waiting booking is promoted");
    }
    status = BookingStatus.BOOKED;
    bookedAt = now;
  }

  /**
   * The trainer marks the person present or absent, once the session began. A person marked absent
   * may still be marked present (a correction); once present, the course is completed and the mark
   * stays.
   *
   * @return whether the mark changed anything
   */
  public boolean mark(ClassroomSession session, boolean attended, String by, Instant now) {
    session.requireAttendanceOpen(now);
    BookingStatus wanted = attended ? BookingStatus.ATTENDED : BookingStatus.ABSENT;
    if (status == wanted) {
      return false;
    }
    if (status == BookingStatus.ATTENDED) {
      throw new SessionStateException(
          SessionStateException.Reason.ATTENDED,
          "The person is marked as attending and completed the course");
    }
    if (status != BookingStatus.BOOKED && status != BookingStatus.ABSENT) {
      throw new SessionStateException(
          SessionStateException.Reason.NOT_OPEN,
          "Only people with a place are marked; this booking is " + status.name());
    }
    status = wanted;
    markedAt = now;
    markedBy = Checks.requireName(by, "marked by");
    return true;
  }

  /** Notes the completion an attendance recorded. */
  public void completedBy(Completion completion) {
    if (status != BookingStatus.ATTENDED || completionId != null) {
      throw new IllegalStateException("Only a new attendance records a completion");
    }
    completionId = completion.getId();
  }

  public Long getId() {
    return id;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getUsername() {
    return username;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }

  public String getMarkedBy() {
    return markedBy;
  }

  public Long getCompletionId() {
    return completionId;
  }

  public long getVersion() {
    return version;
  }
}
