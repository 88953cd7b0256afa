package org.learningcommons.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How often a scheduled report is mailed. */
public enum DeliveryFrequency {
  WEEKLY,
  MONTHLY;

  /**
   * The first run after {@code due} that lies after {@code now}: a week or a month on, at the same
   * local time. Runs missed while the application was down are not made up one by one: recipients
   * get the current figures once.
   */
  public Instant next(Instant due, Instant now, ZoneId zone) {
    ZonedDateTime next = due.atZone(zone);
    do {
      next = this == WEEKLY ? next.plusWeeks(1) : next.plusMonths(1);
    } while (!next.toInstant().isAfter(now));
    return next.toInstant();
  }
}
