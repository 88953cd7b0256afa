package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant PUBLISH = T0.plus(Duration.ofDays(1));
  static final Instant EXPIRE = T0.plus(Duration.ofDays(30));

  static Announcement draft() {
    return new Announcement(
        "New travel policy",
        "<p>Read it.</p>",
        Priority.IMPORTANT,
        Audience.allStaff(),
        "hanna",
        T0);
  }

  /** Published at PUBLISH, expires at EXPIRE, asks for acknowledgement by a week in. */
  static Announcement scheduledWithAcknowledgement() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);
    announcement.requireAcknowledgement(PUBLISH.plus(Duration.ofDays(7)), T0);
    return announcement;
  }

  @Test
  void aDraftIsInvisible() {
    Announcement announcement = draft();

    assertEquals(AnnouncementPhase.DRAFT, announcement.phaseAt(EXPIRE));
    assertFalse(announcement.isVisibleAt(PUBLISH));
  }

  @Test
  void aScheduledAnnouncementIsInvisibleBeforePublishAt() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertEquals(AnnouncementPhase.SCHEDULED, announcement.phaseAt(PUBLISH.minusMillis(1)));
    assertFalse(announcement.isVisibleAt(PUBLISH.minusMillis(1)));
  }

  @Test
  void anAnnouncementIsVisibleFromPublishAtUntilExpireAt() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertEquals(AnnouncementPhase.ACTIVE, announcement.phaseAt(PUBLISH));
    assertTrue(announcement.isVisibleAt(EXPIRE.minusMillis(1)));
  }

  @Test
  void anAnnouncementIsExpiredFromExpireAt() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertEquals(AnnouncementPhase.EXPIRED, announcement.phaseAt(EXPIRE));
    assertFalse(announcement.isVisibleAt(EXPIRE));
  }

  @Test
  void withoutExpireAtAnAnnouncementStaysActive() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, null, T0);

    assertEquals(
        AnnouncementPhase.ACTIVE, announcement.phaseAt(PUBLISH.plus(Duration.ofDays(999))));
  }

  @Test
  void aPublishAtInThePastPublishesNow() {
    Announcement announcement = draft();
    announcement.schedule(T0.minusSeconds(5), null, T0);

    assertEquals(T0, announcement.getPublishAt());
    assertTrue(announcement.isVisibleAt(T0));
  }

  @Test
  void expiryBeforePublicationIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> draft().schedule(PUBLISH, PUBLISH, T0));
  }

  @Test
  void anAcknowledgementDueAfterExpiryIsRefused() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertThrows(
        IllegalArgumentException.class,
        () -> announcement.requireAcknowledgement(EXPIRE.plusSeconds(1), T0));
  }

  @Test
  void aPublishedAnnouncementIsNotRescheduled() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertThrows(IllegalStateException.class, () -> announcement.schedule(EXPIRE, null, PUBLISH));
  }

  @Test
  void aScheduledAnnouncementGoesBackToDraftWithoutItsTimes() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    announcement.unschedule(T0);

    assertEquals(AnnouncementPhase.DRAFT, announcement.phaseAt(PUBLISH));
    assertNull(announcement.getExpireAt());
  }

  @Test
  void expiringTakesAnActiveAnnouncementDownAtOnce() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);
    Instant now = PUBLISH.plus(Duration.ofHours(2));

    announcement.expire(now);

    assertEquals(AnnouncementPhase.EXPIRED, announcement.phaseAt(now));
    assertEquals(now, announcement.getExpireAt());
  }

  @Test
  void anAnnouncementNotYetPublishedIsNotExpired() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertThrows(IllegalStateException.class, () -> announcement.expire(T0));
  }

  @Test
  void thePublishedAudienceStays() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertThrows(
        IllegalStateException.class,
        () -> announcement.addressTo(Audience.ofCommunities(Set.of(7L)), PUBLISH));
  }

  @Test
  void theAudienceSurvivesTheWayToTheColumnsAndBack() {
    Audience communities = Audience.ofCommunities(Set.of(7L, 8L));
    Announcement announcement = draft();

    announcement.addressTo(communities, T0);

    assertEquals(communities, announcement.getAudience());
  }

  @Test
  void acknowledgementIsOpenWhileTheAnnouncementIsActiveOnly() {
    Announcement announcement = scheduledWithAcknowledgement();

    assertFalse(announcement.isAcknowledgementOpenAt(T0));
    assertTrue(announcement.isAcknowledgementOpenAt(PUBLISH));
    assertFalse(announcement.isAcknowledgementOpenAt(EXPIRE));
  }

  @Test
  void aMissedDueDateMakesAcknowledgementLateNotClosed() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant late = PUBLISH.plus(Duration.ofDays(8));

    assertTrue(announcement.isAcknowledgementOverdueAt(late));
    assertTrue(announcement.isAcknowledgementOpenAt(late));
  }

  @Test
  void anAnnouncementWithoutAcknowledgementTakesNone() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertFalse(announcement.requiresAcknowledgement());
    assertFalse(announcement.isAcknowledgementOpenAt(PUBLISH));
  }

  @Test
  void aMaterialChangeAfterPublicationResetsAcknowledgements() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant edit = PUBLISH.plus(Duration.ofDays(2));

    boolean reset =
        announcement.revise("New travel policy", "<p>Rates changed.</p>", true, "hanna", edit);

    assertTrue(reset);
    assertEquals(edit, announcement.getAcknowledgementsResetAt());
    assertFalse(announcement.acknowledgementStands(edit.minusSeconds(1)));
    assertTrue(announcement.acknowledgementStands(edit.plusSeconds(1)));
  }

  @Test
  void aTypoFixKeepsAcknowledgements() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant edit = PUBLISH.plus(Duration.ofDays(2));

    boolean reset =
        announcement.revise("New travel policy", "<p>Read it!</p>", false, "hanna", edit);

    assertFalse(reset);
    assertTrue(announcement.acknowledgementStands(PUBLISH.plusSeconds(1)));
  }

  @Test
  void anEditAfterPublicationKeepsThePreviousTextAsHistory() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant edit = PUBLISH.plus(Duration.ofDays(2));

    announcement.revise("Travel policy 2026", "<p>Rates changed.</p>", true, "hugo", edit);

    AnnouncementRevision revision = announcement.getRevisions().get(0);
    assertEquals("New travel policy", revision.getTitle());
    assertEquals("<p>Read it.</p>", revision.getBody());
    assertEquals("hugo", revision.getEditedBy());
    assertEquals(edit, revision.getEditedAt());
    assertTrue(revision.isMaterial());
    assertTrue(revision.isAcknowledgementsReset());
    assertEquals("Travel policy 2026", announcement.getTitle());
  }

  @Test
  void editingADraftKeepsNoHistoryAndResetsNothing() {
    Announcement announcement = scheduledWithAcknowledgement();

    boolean reset = announcement.revise("Travel", "<p>Other.</p>", true, "hanna", T0);

    assertFalse(reset);
    assertTrue(announcement.getRevisions().isEmpty());
  }

  @Test
  void aMaterialChangeWithoutAcknowledgementResetsNothing() {
    Announcement announcement = draft();
    announcement.schedule(PUBLISH, EXPIRE, T0);

    assertFalse(announcement.revise("Travel", "<p>Other.</p>", true, "hanna", PUBLISH));
    assertEquals(1, announcement.getRevisions().size());
  }

  @Test
  void anUnchangedTextIsNoRevision() {
    Announcement announcement = scheduledWithAcknowledgement();

    assertFalse(
        announcement.revise(" New travel policy ", "<p>Read it.</p>", true, "hanna", PUBLISH));
    assertTrue(announcement.getRevisions().isEmpty());
    assertNull(announcement.getAcknowledgementsResetAt());
  }

  @Test
  void anExpiredAnnouncementIsNotEdited() {
    Announcement announcement = scheduledWithAcknowledgement();

    assertThrows(
        IllegalStateException.class,
        () -> announcement.revise("Travel", "<p>Other.</p>", false, "hanna", EXPIRE));
  }

  @Test
  void pinningAndUnpinning() {
    Announcement announcement = draft();

    announcement.pin();
    assertTrue(announcement.isPinned());
    announcement.unpin();
    assertFalse(announcement.isPinned());
  }

  @Test
  void anActiveAnnouncementRunsLongerOrShorter() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant later = EXPIRE.plus(Duration.ofDays(10));

    announcement.runUntil(later, PUBLISH.plusSeconds(60));
    assertEquals(later, announcement.getExpireAt());

    announcement.runUntil(null, PUBLISH.plusSeconds(60));
    assertNull(announcement.getExpireAt());
    assertEquals(AnnouncementPhase.ACTIVE, announcement.phaseAt(later));
  }

  @Test
  void anActiveAnnouncementDoesNotExpireInThePastThroughAnEdit() {
    Announcement announcement = scheduledWithAcknowledgement();
    Instant now = PUBLISH.plus(Duration.ofDays(2));

    assertThrows(IllegalArgumentException.class, () -> announcement.runUntil(now, now));
    assertEquals(EXPIRE, announcement.getExpireAt());
  }

  @Test
  void anAnnouncementDoesNotExpireBeforeItsAcknowledgementIsDue() {
    Announcement announcement = scheduledWithAcknowledgement();

    assertThrows(
        IllegalArgumentException.class,
        () -> announcement.runUntil(PUBLISH.plus(Duration.ofDays(3)), PUBLISH.plusSeconds(1)));
  }

  @Test
  void anExpiredAnnouncementKeepsItsEnd() {
    Announcement announcement = scheduledWithAcknowledgement();

    assertThrows(
        IllegalStateException.class,
        () -> announcement.runUntil(EXPIRE.plus(Duration.ofDays(1)), EXPIRE.plusSeconds(1)));
  }
}
