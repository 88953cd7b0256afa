package org.learningcommons.learning;

import java.time.Instant;

/**
 * What one run of the training timers did.
 *
 * @param renewals completions whose renewal window opened: their people were told (expiry reminder)
 *     and, still assigned the course, enrolled again
 * @param reenrolled of those, how many got a new RULE enrolment
 * @param dueReminders reminders before a due date
 * @param overdue people told their training is overdue
 * @param managers escalation notices to managers (one per manager per batch)
 */
public record TrainingTimersRunView(
    Instant startedAt,
    Instant finishedAt,
    int renewals,
    int reenrolled,
    int dueReminders,
    int overdue,
    int managers) {

  public boolean didSomething() {
    return renewals + dueReminders + overdue > 0;
  }

  public String summary() {
    return renewals
        + " renewals ("
        + reenrolled
        + " enrolled again), "
        + dueReminders
        + " due reminders, "
        + overdue
        + " overdue, "
        + managers
        + " manager notices";
  }
}
