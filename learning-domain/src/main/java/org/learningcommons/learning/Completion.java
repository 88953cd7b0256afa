package org.learningcommons.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.learningcommons.shared.Checks;

/**
 * A course completed by a person: by finishing its content, by attending a classroom session, or
 * imported for training done elsewhere. It is valid until the course's validity runs out (or for
 * ever), and its verification code, printed on the certificate, lets anyone in the intranet check
 * it.
 */
@Entity
@Table(name = "completion")
public class Completion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "enrolment_id", updatable = false)
  private Long enrolmentId;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private CompletionSource source;

  @Column(name = "valid_until", updatable = false)
  private Instant validUntil;

  @Column(name = "verification_code", nullable = false, length = 32, updatable = false)
  private String verificationCode;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Completion() {}

  /**
   * @param enrolment the enrolment it completes; null for an import without one
   * @param minutes learning time credited
   */
  public Completion(
      Course course,
      String username,
      Enrolment enrolment,
      Instant completedAt,
      int minutes,
      CompletionSource source,
      VerificationCode code,
      String recordedBy,
      Instant now) {
    if (enrolment != null
        && (enrolment.getCourseId() != course.getId()
            || !enrolment.getUsername().equals(username))) {
      throw new IllegalArgumentException("The enrolment is for another course or person");
    }
    if (completedAt.isAfter(now)) {
      throw new IllegalArgumentException("A completion cannot lie in the future");
    }
    this.courseId = course.getId();
    this.username = Checks.requireName(username, "learner");
    this.enrolmentId = enrolment == null ? null : enrolment.getId();
    this.completedAt = completedAt;
    this.minutes = Checks.requireBetween(minutes, 0, 1_000_000, "minutes");
    this.source = Objects.requireNonNull(source, "source");
    this.validUntil = course.validUntil(completedAt);
    this.verificationCode = Objects.requireNonNull(code, "code").value();
    this.recordedBy = Checks.requireName(recordedBy, "recorded by");
    this.recordedAt = now;
  }

  /** Whether the completion still counts at {@code now}. */
  public boolean isValidAt(Instant now) {
    return validUntil == null || now.isBefore(validUntil);
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

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public int getMinutes() {
    return minutes;
  }

  public CompletionSource getSource() {
    return source;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
