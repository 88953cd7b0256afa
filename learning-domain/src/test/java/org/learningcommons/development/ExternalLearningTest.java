package org.learningcommons.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExternalLearningTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
  private static final Instant NOW = Instant.parse("2026-05-10T09:00:00Z");

  private static ExternalLearningDetails details(LocalDate on, String hours) {
    return new ExternalLearningDetails(
        "  Kubernetes workshop ", "CNCF", on, hours == null ? null : new BigDecimal(hours));
  }

  private static ExternalLearning entry() {
    return new ExternalLearning("alice", details(TODAY, "1.5"), TODAY, NOW);
  }

  @Test
  void anEntryKeepsItsTextTrimmedAndItsHoursToTheMinute() {
    ExternalLearning entry = entry();
    assertEquals("Kubernetes workshop", entry.getTitle());
    assertEquals(90, entry.getMinutes());
    assertEquals(new BigDecimal("1.50"), entry.getHours());
    assertEquals(VerificationStatus.NONE, entry.getVerification());
    assertTrue(entry.countsForCpd());
  }

  @Test
  void learningCompletedInTheFutureIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ExternalLearning("alice", details(TODAY.plusDays(1), "2"), TODAY, NOW));
  }

  @Test
  void hoursMustBePositiveAndSensible() {
    for (String hours : new String[] {null, "0", "-1", "0.001", "1000.5"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new ExternalLearning("alice", details(TODAY, hours), TODAY, NOW),
          "hours " + hours);
    }
    assertEquals(
        60_000, new ExternalLearning("a", details(TODAY, "1000"), TODAY, NOW).getMinutes());
  }

  @Test
  void titleAndProviderAreRequired() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExternalLearning(
                "alice",
                new ExternalLearningDetails(" ", "CNCF", TODAY, BigDecimal.ONE),
                TODAY,
                NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExternalLearning(
                "alice",
                new ExternalLearningDetails("Book", null, TODAY, BigDecimal.ONE),
                TODAY,
                NOW));
  }

  @Test
  void aVerifiedEntryNoLongerChanges() {
    ExternalLearning entry = entry();
    entry.requestVerification(NOW);
    entry.verify("mike", "Seen the certificate", NOW);
    assertEquals(VerificationStatus.VERIFIED, entry.getVerification());
    assertFalse(entry.isEditable());
    assertThrows(IllegalStateException.class, () -> entry.revise(details(TODAY, "3"), TODAY, NOW));
    assertThrows(IllegalStateException.class, () -> entry.attachEvidence(5, NOW));
  }

  @Test
  void onlyARequestedEntryIsReviewedAndNeverByItsOwner() {
    ExternalLearning entry = entry();
    assertThrows(IllegalStateException.class, () -> entry.verify("mike", null, NOW));
    entry.requestVerification(NOW);
    assertThrows(IllegalArgumentException.class, () -> entry.verify("alice", null, NOW));
  }

  @Test
  void aDeclineNeedsACommentStopsCountingAndMayBeCorrectedAndAskedAgain() {
    ExternalLearning entry = entry();
    entry.requestVerification(NOW);
    assertThrows(IllegalArgumentException.class, () -> entry.decline("mike", " ", NOW));
    entry.decline("mike", "That was a webinar of one hour", NOW);
    assertEquals(VerificationStatus.DECLINED, entry.getVerification());
    assertFalse(entry.countsForCpd());
    assertEquals("That was a webinar of one hour", entry.getReviewComment());

    entry.revise(details(TODAY, "1"), TODAY, NOW);
    assertEquals(VerificationStatus.NONE, entry.getVerification());
    assertTrue(entry.countsForCpd());
    entry.requestVerification(NOW);
    assertEquals(VerificationStatus.REQUESTED, entry.getVerification());
  }

  @Test
  void replacingEvidenceReturnsTheFileItReplaces() {
    ExternalLearning entry = entry();
    assertEquals(null, entry.attachEvidence(7, NOW));
    assertEquals(7L, entry.attachEvidence(8, NOW));
    assertEquals(8L, entry.getEvidenceId());
  }
}
