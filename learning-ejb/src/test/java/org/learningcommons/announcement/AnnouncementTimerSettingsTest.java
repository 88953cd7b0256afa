package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnnouncementTimerSettingsTest {

  private static AnnouncementTimerSettings settings(Duration interval, Duration lead, int batch) {
    AnnouncementTimerSettings settings = new AnnouncementTimerSettings();
    settings.interval = interval;
    settings.reminderLead = lead;
    settings.batch = batch;
    return settings;
  }

  @Test
  void theDefaultsAreAccepted() {
    AnnouncementTimerSettings settings = settings(Duration.ofMinutes(1), Duration.ofDays(2), 1000);

    assertEquals(Duration.ofMinutes(1), settings.interval());
    assertEquals(Duration.ofDays(2), settings.reminderLead());
    assertEquals(1000, settings.batch());
  }

  @Test
  void nonsenseIsRefusedWithTheKeyToFix() {
    IllegalStateException tooOften =
        assertThrows(
            IllegalStateException.class,
            () -> settings(Duration.ofSeconds(1), Duration.ofDays(2), 1).interval());
    IllegalStateException noLead =
        assertThrows(
            IllegalStateException.class,
            () -> settings(Duration.ofMinutes(1), Duration.ZERO, 1).reminderLead());
    IllegalStateException noBatch =
        assertThrows(
            IllegalStateException.class,
            () -> settings(Duration.ofMinutes(1), Duration.ofDays(2), 0).batch());

    assertTrue(tooOften.getMessage().startsWith("ANNOUNCEMENT_TIMER_INTERVAL"));
    assertTrue(noLead.getMessage().startsWith("ANNOUNCEMENT_REMINDER_LEAD"));
    assertTrue(noBatch.getMessage().startsWith("ANNOUNCEMENT_TIMER_BATCH"));
  }
}
