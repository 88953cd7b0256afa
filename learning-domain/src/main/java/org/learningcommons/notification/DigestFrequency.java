package org.learningcommons.notification;

import java.time.Duration;
import java.time.Instant;

/** How often a person gets the digest e-mail. Stored by name. */
public enum DigestFrequency {
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  /**
   * The digest job runs at an interval, not at an exact time: without this slack, a digest sent at
   * 07:00:05 would make the next one wait for the run after 07:00:05 a day later, and the send time
   * would creep by one interval each period.
   */
  public static final Duration SLACK = Duration.ofMinutes(15);

  private final Duration period;

  DigestFrequency(Duration period) {
    this.period = period;
  }

  public Duration period() {
    return period;
  }

  /** A person who never had a digest gets one at the next run. */
  public boolean isDue(Instant lastDigestAt, Instant now) {
    return lastDigestAt == null || !lastDigestAt.plus(period).minus(SLACK).isAfter(now);
  }

  /** Digests sent at or before this instant are old enough for the next one. */
  public Instant dueIfLastBefore(Instant now) {
    return now.minus(period).plus(SLACK);
  }
}
