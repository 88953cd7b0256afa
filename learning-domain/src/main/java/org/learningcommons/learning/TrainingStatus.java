package org.learningcommons.learning;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a person stands on a course they must do. Computed, never stored, from the due date, the
 * latest completion and its validity, so that it is right at any moment without a job to flip it.
 *
 * <ul>
 *   <li>COMPLETED: a valid completion, outside its renewal window (or one that never expires);
 *   <li>EXPIRING: a valid completion whose renewal window is open;
 *   <li>EXPIRED: the latest completion's validity has run out;
 *   <li>OVERDUE: never completed, and the due date has passed;
 *   <li>IN_PROGRESS: never completed, started, not yet due;
 *   <li>ASSIGNED: never completed, not started, not yet due.
 * </ul>
 */
public enum TrainingStatus {
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  OVERDUE,
  EXPIRING,
  EXPIRED;

  /**
   * @param dueAt when the training is due; null when no date was set
   * @param started whether the learner opened a lesson or started a quiz
   * @param completedAt the latest completion; null when never completed
   * @param validUntil that completion's expiry; null when it never expires
   * @param renewalWindowDays how many days before expiry the window opens
   */
  public static TrainingStatus of(
      Instant dueAt,
      boolean started,
      Instant completedAt,
      Instant validUntil,
      int renewalWindowDays,
      Instant now) {
    if (completedAt != null) {
      if (validUntil == null) {
        return COMPLETED;
      }
      if (!now.isBefore(validUntil)) {
        return EXPIRED;
      }
      return now.isBefore(renewalOpensAt(validUntil, renewalWindowDays)) ? COMPLETED : EXPIRING;
    }
    if (dueAt != null && now.isAfter(dueAt)) {
      return OVERDUE;
    }
    return started ? IN_PROGRESS : ASSIGNED;
  }

  /** When the renewal window of a completion valid until {@code validUntil} opens. */
  public static Instant renewalOpensAt(Instant validUntil, int renewalWindowDays) {
    return validUntil.minus(Duration.ofDays(renewalWindowDays));
  }

  /** Whether the person meets the requirement: a valid completion (expiring still counts). */
  public boolean isCompliant() {
    return this == COMPLETED || this == EXPIRING;
  }
}
