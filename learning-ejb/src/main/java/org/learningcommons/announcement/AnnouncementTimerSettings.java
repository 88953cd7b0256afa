package org.learningcommons.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often the announcement timers look for work, when they remind, and how much per batch. */
@ApplicationScoped
public class AnnouncementTimerSettings {

  @Inject
  @ConfigProperty(name = "ANNOUNCEMENT_TIMER_INTERVAL", defaultValue = "PT1M")
  Duration interval;

  @Inject
  @ConfigProperty(name = "ANNOUNCEMENT_REMINDER_LEAD", defaultValue = "P2D")
  Duration reminderLead;

  @Inject
  @ConfigProperty(name = "ANNOUNCEMENT_TIMER_BATCH", defaultValue = "1000")
  int batch;

  /** How punctual notices, reminders and escalations are; at least ten seconds. */
  public Duration interval() {
    if (interval.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalStateException("ANNOUNCEMENT_TIMER_INTERVAL must be at least ten seconds");
    }
    return interval;
  }

  /** How long before the due date the reminder goes (see {@link Announcement#reminderAt}). */
  public Duration reminderLead() {
    if (reminderLead.isNegative() || reminderLead.isZero()) {
      throw new IllegalStateException("ANNOUNCEMENT_REMINDER_LEAD must be positive");
    }
    return reminderLead;
  }

  /** People per transaction: an audience of 50,000 is notified in many short transactions. */
  public int batch() {
    if (batch < 1 || batch > 10_000) {
      throw new IllegalStateException("ANNOUNCEMENT_TIMER_BATCH must be between 1 and 10000");
    }
    return batch;
  }
}
