package org.learningcommons.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedTokenTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aNewTokenCarriesTwoHundredFiftySixRandomBitsAndItsPrefix() {
    String token = FeedTokenSecret.generate();

    assertTrue(token.startsWith("lcf_"), token);
    assertEquals(4 + 43, token.length(), token);
    assertTrue(FeedTokenSecret.looksLikeToken(token), token);
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      tokens.add(FeedTokenSecret.generate());
    }
    assertEquals(1000, tokens.size());
  }

  @Test
  void theStoredHashIsSha256HexAndDiffersPerToken() {
    String hash = FeedTokenSecret.hash("lcf_abc");

    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, FeedTokenSecret.hash("lcf_abc"));
    assertNotEquals(hash, FeedTokenSecret.hash("lcf_abd"));
    // SHA-256 of the empty string, the well-known test vector.
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        FeedTokenSecret.hash(""));
  }

  @Test
  void anythingThatIsNotATokenIsRecognisedBeforeAnyLookup() {
    assertFalse(FeedTokenSecret.looksLikeToken(null));
    assertFalse(FeedTokenSecret.looksLikeToken(""));
    assertFalse(FeedTokenSecret.looksLikeToken("lcf_short"));
    assertFalse(FeedTokenSecret.looksLikeToken("xyz_" + "a".repeat(43)));
    assertFalse(FeedTokenSecret.looksLikeToken("lcf_" + "a".repeat(42) + "'"));
  }

  @Test
  void useIsRecordedTheFirstTimeAndThenAtMostOnceAMinute() {
    assertTrue(FeedToken.useWorthRecording(null, NOW));
    assertFalse(FeedToken.useWorthRecording(NOW.minusSeconds(59), NOW));
    assertTrue(FeedToken.useWorthRecording(NOW.minusSeconds(60), NOW));
    assertTrue(FeedToken.useWorthRecording(NOW.minusSeconds(3600), NOW));
  }

  @Test
  void aTokenNeedsANameOfReasonableLength() {
    assertThrows(
        IllegalArgumentException.class, () -> new FeedToken("alice", "  ", "h".repeat(64), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeedToken("alice", "x".repeat(101), "h".repeat(64), NOW));
    assertEquals("Portal", new FeedToken("alice", "  Portal ", "h".repeat(64), NOW).getName());
  }
}
