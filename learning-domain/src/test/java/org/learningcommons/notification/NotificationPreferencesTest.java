package org.learningcommons.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

  private static final Instant NOW = Instant.parse("2025-11-27T07:00:00Z");

  @Test
  void whatIsAddressedToMeAloneIsMailedRightAwayByDefault() {
    for (NotificationKind kind :
        List.of(
            NotificationKind.MENTION,
            NotificationKind.JOIN_REQUEST,
            NotificationKind.JOIN_DECISION,
            NotificationKind.INVITATION,
            NotificationKind.MODERATION_OUTCOME)) {
      assertEquals(NotificationChannel.EMAIL, kind.channelFor(null), kind.name());
    }
  }

  @Test
  void discussionTrafficGoesToTheDigestByDefault() {
    assertEquals(NotificationChannel.DIGEST, NotificationKind.REPLY_TO_MY_THREAD.channelFor(null));
    assertEquals(
        NotificationChannel.DIGEST, NotificationKind.REPLY_IN_FOLLOWED_THREAD.channelFor(null));
  }

  @Test
  void aChosenChannelWinsOverTheDefault() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (NotificationChannel chosen : NotificationChannel.values()) {
        assertEquals(chosen, kind.channelFor(chosen));
      }
    }
  }

  @Test
  void everyChannelButOffShowsUnderTheBellAndOnlyEmailAndDigestSendMail() {
    assertTrue(NotificationChannel.IN_APP.delivers());
    assertFalse(NotificationChannel.IN_APP.sendsEmail());
    assertTrue(NotificationChannel.EMAIL.sendsEmail());
    assertTrue(NotificationChannel.DIGEST.goesToDigest());
    assertFalse(NotificationChannel.DIGEST.sendsEmail());
    assertFalse(NotificationChannel.OFF.delivers());
  }

  @Test
  void theActorIsNeverARecipientAndNamesCountOnce() {
    Set<String> recipients =
        Recipients.of("Alice", Arrays.asList("bob", " BOB ", "alice", null, "", "carol", "ALICE"));

    assertEquals(List.of("bob", "carol"), List.copyOf(recipients));
  }

  @Test
  void aSystemNoticeGoesToEverybodyNamed() {
    assertEquals(Set.of("bob"), Recipients.of(null, List.of("bob")));
  }

  @Test
  void aDigestIsDueAfterItsPeriodWithSomeSlackForTheJobInterval() {
    assertTrue(DigestFrequency.DAILY.isDue(null, NOW));
    assertTrue(DigestFrequency.DAILY.isDue(NOW.minus(Duration.ofHours(24)), NOW));
    assertTrue(DigestFrequency.DAILY.isDue(NOW.minus(Duration.ofHours(23).plusMinutes(50)), NOW));
    assertFalse(DigestFrequency.DAILY.isDue(NOW.minus(Duration.ofHours(23)), NOW));
    assertFalse(DigestFrequency.WEEKLY.isDue(NOW.minus(Duration.ofDays(6)), NOW));
    assertTrue(DigestFrequency.WEEKLY.isDue(NOW.minus(Duration.ofDays(7)), NOW));
  }

  @Test
  void notificationsLinkOnlyInsideTheApplication() {
    assertTrue(Notification.isApplicationPath("/communities/thread.xhtml?id=5#post-9"));
    assertFalse(Notification.isApplicationPath("https://evil.example/"));
    assertFalse(Notification.isApplicationPath("//evil.example/"));
    assertFalse(Notification.isApplicationPath("/\\evil.example/"));
    assertFalse(Notification.isApplicationPath("javascript:alert(1)"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Notification(
                "bob",
                NotificationKind.MENTION,
                "alice",
                "Alice",
                "x",
                "/ok",
                NotificationChannel.OFF,
                NOW));
  }
}
