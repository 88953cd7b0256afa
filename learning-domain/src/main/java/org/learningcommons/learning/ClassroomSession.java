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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.learningcommons.shared.Checks;

/**
 * A date on which a course is taught in a room: when, where, by whom and for how many people. It
 * takes sign-ups until it starts; once full, further sign-ups wait in line for a place. After it
 * has started the trainer marks who attended.
 */
@Entity
@Table(name = "classroom_session")
public class ClassroomSession {

  public static final int MAX_PLACE = 200;
  public static final int MAX_CAPACITY = 1_000;
  public static final Duration MAX_LENGTH = Duration.ofDays(14);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false, length = MAX_PLACE)
  private String place;

  @Column(nullable = false)
  private String trainer;

  @Column(nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionStatus status;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version private long version;

  protected ClassroomSession() {}

  /**
   * Schedules a session of the course; it must lie in the future.
   *
   * @throws SessionStateException when the course is retired
   * @throws IllegalArgumentException when the plan breaks a rule (see {@link #plan})
   */
  public ClassroomSession(Course course, SessionPlan plan, String createdBy, Instant now) {
    if (course.getStatus() == CourseStatus.RETIRED) {
      throw new SessionStateException(
          SessionStateException.Reason.COURSE_RETIRED, "A retired course gets no new sessions");
    }
    this.courseId = course.getId();
    this.createdBy = Checks.requireName(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now);
    this.status = SessionStatus.SCHEDULED;
    plan(plan, 0, now);
  }

  /**
   * Changes date, place, trainer or capacity before the session starts. The capacity may not fall
   * below the places taken ({@code booked}); raising it lets the caller promote people waiting.
   */
  public void reschedule(SessionPlan plan, int booked, Instant now) {
    requireTakesSignUps(now);
    plan(plan, booked, now);
  }

  private void plan(SessionPlan plan, int booked, Instant now) {
    Objects.requireNonNull(plan, "plan");
    if (plan.startsAt() == null || plan.endsAt() == null) {
      throw new IllegalArgumentException("start and end are required");
    }
    if (!plan.startsAt().isAfter(now)) {
      throw new IllegalArgumentException("The session must start in the future");
    }
    if (!plan.endsAt().isAfter(plan.startsAt())) {
      throw new IllegalArgumentException("The session must end after it starts");
    }
    if (Duration.between(plan.startsAt(), plan.endsAt()).compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException("A session lasts at most 14 days");
    }
    int seats = Checks.requireBetween(plan.capacity(), 1, MAX_CAPACITY, "capacity");
    if (seats < booked) {
      throw new IllegalArgumentException(
          "The capacity cannot be less than the " + booked + " places already booked");
    }
    startsAt = plan.startsAt();
    endsAt = plan.endsAt();
    place = Checks.requireText(plan.place(), "place", MAX_PLACE);
    trainer = Checks.requireName(plan.trainer(), "trainer");
    capacity = seats;
    updatedAt = now;
  }

  /** Calls the session off before it starts; the caller cancels the bookings. */
  public void cancel(Instant now) {
    requireTakesSignUps(now);
    status = SessionStatus.CANCELLED;
    cancelledAt = now;
    updatedAt = now;
  }

  /** What a new sign-up gets when {@code booked} places are taken: a place, or the waiting list. */
  public BookingStatus placeFor(int booked) {
    return booked < capacity ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
  }

  /** Places still free when {@code booked} are taken; never negative. */
  public int seatsLeft(int booked) {
    return Math.max(0, capacity - booked);
  }

  /** Whether people may sign up, cancel, and the session may still change: scheduled, not begun. */
  public boolean takesSignUps(Instant now) {
    return status == SessionStatus.SCHEDULED && now.isBefore(startsAt);
  }

  /** Checks {@link #takesSignUps(Instant)}, saying why not. */
  public void requireTakesSignUps(Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw new SessionStateException(
          SessionStateException.Reason.CANCELLED, "The session is cancelled");
    }
    if (!now.isBefore(startsAt)) {
      throw new SessionStateException(
          SessionStateException.Reason.STARTED, "The session has started");
    }
  }

  /** Attendance is marked once the session has begun, and never for a cancelled one. */
  public void requireAttendanceOpen(Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw new SessionStateException(
          SessionStateException.Reason.CANCELLED, "The session is cancelled");
    }
    if (now.isBefore(startsAt)) {
      throw new SessionStateException(
          SessionStateException.Reason.NOT_STARTED, "Attendance is marked once the session began");
    }
  }

  /** The session's length in minutes: the learning time an attendance credits. */
  public int minutes() {
    return (int) Duration.between(startsAt, endsAt).toMinutes();
  }

  /** When an attendance counts as completed: the session's end, or now if it has not ended. */
  public Instant completedAt(Instant now) {
    return endsAt.isAfter(now) ? now : endsAt;
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getTrainer() {
    return trainer;
  }

  public int getCapacity() {
    return capacity;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public long getVersion() {
    return version;
  }
}
