package org.learningcommons.announcement;

import java.time.Instant;

/**
 * One person of an announcement's audience for the CSV export.
 *
 * @param acknowledgedAt when their standing acknowledgement was given; null when there is none or
 *     it predates a material change
 */
public record AudienceRow(
    String username,
    String displayName,
    String department,
    Instant readAt,
    Instant acknowledgedAt) {

  /** Receives the rows of an export one by one, as they come from the database. */
  @FunctionalInterface
  public interface Sink {
    void accept(AudienceRow row);
  }
}
