package org.learningcommons.infrastructure.mail;

import java.time.Duration;

/** How long a mail waits after a failed attempt: doubling from one minute, at most an hour. */
public final class RetryBackoff {

  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(1);

  private RetryBackoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  public static Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 10));
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
