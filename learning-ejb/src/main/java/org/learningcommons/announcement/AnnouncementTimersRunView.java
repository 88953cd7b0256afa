package org.learningcommons.announcement;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one run of the announcement timers did.
 *
 * @param appeared scheduled announcements whose audience was told that they appeared
 * @param notified people told that an announcement appeared
 * @param reminded people reminded to acknowledge before the due date
 * @param overdue people whose acknowledgement became overdue (each told, and their manager)
 * @param managers notices to managers about their overdue reports
 * @param failed announcements whose work failed in this run (logged; the next run tries again)
 */
public record AnnouncementTimersRunView(
    Instant startedAt,
    Instant finishedAt,
    int appeared,
    int notified,
    int reminded,
    int overdue,
    int managers,
    int failed)
    implements Serializable {

  boolean didSomething() {
    return appeared + notified + reminded + overdue + managers + failed > 0;
  }

  String summary() {
    return appeared
        + " announcements appeared ("
        + notified
        + " people notified), "
        + reminded
        + " reminders, "
        + overdue
        + " overdue people escalated to "
        + managers
        + " managers"
        + (failed > 0 ? ", " + failed + " failed" : "");
  }
}
