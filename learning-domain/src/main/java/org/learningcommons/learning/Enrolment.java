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
import java.util.Objects;
import org.learningcommons.shared.Checks;

/**
 * One person on one course. It is active until the course is completed or the enrolment is
 * withdrawn; a person has at most one active enrolment per course (a partial unique index), and
 * finished ones stay as history, so a recertification is a new enrolment.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private EnrolmentOrigin origin;

  @Column(name = "enrolled_by", nullable = false, updatable = false)
  private String enrolledBy;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrolmentStatus status;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Enrolment() {}

  /**
   * Enrols {@code username} on a published course.
   *
   * @param dueAt when it must be completed; null when nobody set a date
   * @throws CourseStateException when the course is not published
   */
  public Enrolment(
      Course course,
      String username,
      EnrolmentOrigin origin,
      String enrolledBy,
      Instant dueAt,
      Instant now) {
    if (!course.isOpen() && origin != EnrolmentOrigin.IMPORT) {
      throw new CourseStateException(course.getStatus(), "Only a published course takes learners");
    }
    this.courseId = course.getId();
    this.username = Checks.requireName(username, "learner");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.enrolledBy = Checks.requireName(enrolledBy, "enrolled by");
    this.enrolledAt = Objects.requireNonNull(now);
    this.dueAt = dueAt;
    this.status = EnrolmentStatus.ACTIVE;
  }

  /** Notes the first lesson opened or attempt started; later calls change nothing. */
  public boolean start(Instant now) {
    requireActive();
    if (startedAt != null) {
      return false;
    }
    startedAt = now;
    return true;
  }

  /** Ends the enrolment as completed. */
  public void complete(Instant now) {
    requireActive();
    if (startedAt == null) {
      startedAt = now;
    }
    status = EnrolmentStatus.COMPLETED;
    completedAt = now;
  }

  /** Ends the enrolment without a completion (the learner left, or a rule no longer applies). */
  public void withdraw(Instant now) {
    requireActive();
    status = EnrolmentStatus.WITHDRAWN;
    withdrawnAt = now;
  }

  /** Sets or clears the due date. */
  public void dueBy(Instant due) {
    requireActive();
    dueAt = due;
  }

  public boolean isActive() {
    return status == EnrolmentStatus.ACTIVE;
  }

  private void requireActive() {
    if (status != EnrolmentStatus.ACTIVE) {
      throw new IllegalStateException("The enrolment is " + status.name().toLowerCase());
    }
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getUsername() {
    return username;
  }

  public EnrolmentOrigin getOrigin() {
    return origin;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public long getVersion() {
    return version;
  }
}
