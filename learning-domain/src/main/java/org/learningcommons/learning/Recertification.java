package org.learningcommons.learning;

import java.time.Instant;

/**
 * When a completion must be renewed: once its renewal window opens (the course's window days before
 * it expires) a person still assigned the course is enrolled again, due when the completion
 * expires. The training timers run the same rule as set-based SQL.
 */
public final class Recertification {

  private Recertification() {}

  /** Whether the renewal window of a completion valid until {@code validUntil} is open. */
  public static boolean windowOpen(Instant validUntil, int renewalWindowDays, Instant now) {
    return validUntil != null
        && !now.isBefore(TrainingStatus.renewalOpensAt(validUntil, renewalWindowDays));
  }

  /** When the renewal enrolment is due: when the completion expires. */
  public static Instant renewalDueAt(Instant validUntil) {
    return validUntil;
  }
}
