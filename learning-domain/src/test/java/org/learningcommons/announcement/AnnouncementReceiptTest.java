package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningcommons.announcement.AnnouncementTest.EXPIRE;
import static org.learningcommons.announcement.AnnouncementTest.PUBLISH;
import static org.learningcommons.announcement.AnnouncementTest.T0;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnnouncementReceiptTest {

  private final Announcement announcement =
      withId(AnnouncementTest.scheduledWithAcknowledgement(), 40L);
  private final Instant read = PUBLISH.plus(Duration.ofHours(1));
  private final AnnouncementReceipt receipt = new AnnouncementReceipt(announcement, "erin", read);

  @Test
  void aReaderAcknowledgesAnActiveAnnouncement() {
    receipt.acknowledge(announcement, read);

    assertTrue(receipt.isAcknowledged(announcement));
    assertEquals(read, receipt.getAcknowledgedAt());
  }

  @Test
  void aSecondAcknowledgementIsRefusedAndTheFirstStands() {
    receipt.acknowledge(announcement, read);

    assertThrows(
        AlreadyAcknowledgedException.class,
        () -> receipt.acknowledge(announcement, read.plusSeconds(60)));
    assertEquals(read, receipt.getAcknowledgedAt());
  }

  @Test
  void anAcknowledgementAfterExpiryIsRefused() {
    AcknowledgementClosedException refused =
        assertThrows(
            AcknowledgementClosedException.class, () -> receipt.acknowledge(announcement, EXPIRE));

    assertTrue(refused.getMessage().contains("expired"));
    assertFalse(receipt.isAcknowledged(announcement));
  }

  @Test
  void aLateAcknowledgementIsTaken() {
    Instant late = PUBLISH.plus(Duration.ofDays(20));

    receipt.acknowledge(announcement, late);

    assertTrue(receipt.isAcknowledged(announcement));
  }

  @Test
  void aMaterialChangeAsksForAcknowledgementAgain() {
    receipt.acknowledge(announcement, read);
    Instant edit = read.plus(Duration.ofDays(1));

    announcement.revise("New travel policy", "<p>Rates changed.</p>", true, "hanna", edit);

    assertFalse(receipt.isAcknowledged(announcement));
    receipt.acknowledge(announcement, edit.plusSeconds(30));
    assertTrue(receipt.isAcknowledged(announcement));
  }

  @Test
  void aTypoFixKeepsTheAcknowledgement() {
    receipt.acknowledge(announcement, read);

    announcement.revise(
        "New travel policy", "<p>Read it!</p>", false, "hanna", read.plusSeconds(5));

    assertTrue(receipt.isAcknowledged(announcement));
  }

  @Test
  void anAnnouncementThatAsksNoAcknowledgementRefusesOne() {
    Announcement plain = withId(AnnouncementTest.draft(), 41L);
    plain.schedule(PUBLISH, EXPIRE, T0);
    AnnouncementReceipt plainReceipt = new AnnouncementReceipt(plain, "erin", read);

    assertThrows(IllegalStateException.class, () -> plainReceipt.acknowledge(plain, read));
  }

  @Test
  void aReceiptAcknowledgesOnlyItsOwnAnnouncement() {
    Announcement other = withId(AnnouncementTest.scheduledWithAcknowledgement(), 41L);

    assertThrows(IllegalArgumentException.class, () -> receipt.acknowledge(other, read));
  }

  private static <T> T withId(T entity, Long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
