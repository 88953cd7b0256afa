package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the audience is told, reminded and chased: the rules the announcement timer follows. */
class AnnouncementTimingTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration LEAD = Duration.ofDays(2);

  private static Announcement published(Instant publishAt, Instant expireAt, Instant dueAt) {
    Announcement announcement =
        new Announcement(
            "Safety", "<p>Read it.</p>", Priority.NORMAL, Audience.allStaff(), "h", T0);
    announcement.schedule(publishAt, expireAt, T0);
    if (dueAt != null) {
      announcement.requireAcknowledgement(dueAt, T0);
    }
    return announcement;
  }

  @Test
  void anAnnouncementThatAppearsAtOnceIsNotifiedAtPublication() {
    Announcement announcement = published(T0, null, null);

    assertTrue(announcement.announceOnPublication(false, T0));
    assertEquals(T0, announcement.getNotifiedAt());
    assertFalse(announcement.isQuiet());
  }

  @Test
  void aScheduledAnnouncementWaitsForTheTimer() {
    Announcement announcement = published(T0.plus(Duration.ofHours(3)), null, null);

    assertFalse(announcement.announceOnPublication(false, T0));
    assertNull(announcement.getNotifiedAt());
    assertFalse(announcement.isQuiet());
  }

  @Test
  void aQuietAnnouncementIsNeverNotified() {
    Announcement announcement = published(T0, null, null);

    assertFalse(announcement.announceOnPublication(true, T0));
    assertNull(announcement.getNotifiedAt());
    assertTrue(announcement.isQuiet());
  }

  @Test
  void theReminderGoesTheLeadTimeBeforeTheDueDate() {
    Instant due = T0.plus(Duration.ofDays(14));
    Announcement announcement = published(T0, null, due);

    assertEquals(due.minus(LEAD), announcement.reminderAt(LEAD));
    assertFalse(announcement.isReminderDueAt(due.minus(LEAD).minusSeconds(1), LEAD));
    assertTrue(announcement.isReminderDueAt(due.minus(LEAD), LEAD));
    assertFalse(announcement.isReminderDueAt(due, LEAD), "once due, it is overdue instead");
  }

  @Test
  void aShortDeadlineIsRemindedHalfwayNotRightAfterPublication() {
    Instant due = T0.plus(Duration.ofDays(1));
    Announcement announcement = published(T0, null, due);

    assertEquals(T0.plus(Duration.ofHours(12)), announcement.reminderAt(LEAD));
    assertFalse(announcement.isReminderDueAt(T0.plus(Duration.ofHours(1)), LEAD));
    assertTrue(announcement.isReminderDueAt(T0.plus(Duration.ofHours(12)), LEAD));
  }

  @Test
  void withoutADueDateThereIsNoReminderAndNothingOverdue() {
    Announcement announcement = published(T0, null, null);

    assertNull(announcement.reminderAt(LEAD));
    assertFalse(announcement.isReminderDueAt(T0.plus(Duration.ofDays(400)), LEAD));
    assertFalse(announcement.isEscalationDueAt(T0.plus(Duration.ofDays(400))));
  }

  @Test
  void overduePeopleAreChasedOnlyWhileTheAnnouncementIsShown() {
    Instant due = T0.plus(Duration.ofDays(7));
    Instant expire = T0.plus(Duration.ofDays(10));
    Announcement announcement = published(T0, expire, due);

    assertFalse(announcement.isEscalationDueAt(due), "due means by then, not overdue yet");
    assertTrue(announcement.isEscalationDueAt(due.plusSeconds(1)));
    assertFalse(announcement.isEscalationDueAt(expire), "nobody can acknowledge an expired one");
  }

  @Test
  void aScheduledAnnouncementIsNeitherRemindedNorChasedBeforeItAppears() {
    Instant publish = T0.plus(Duration.ofDays(1));
    Announcement announcement = published(publish, null, publish.plus(Duration.ofDays(1)));

    assertFalse(announcement.isReminderDueAt(T0, LEAD));
    assertFalse(announcement.isEscalationDueAt(T0));
  }
}
