package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrainingStatusTest {

  private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
  private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));
  private static final Instant LAST_WEEK = NOW.minus(Duration.ofDays(7));

  @Test
  void notStartedAndNotDueIsAssigned() {
    assertEquals(TrainingStatus.ASSIGNED, TrainingStatus.of(NEXT_WEEK, false, null, null, 30, NOW));
    assertEquals(TrainingStatus.ASSIGNED, TrainingStatus.of(null, false, null, null, 30, NOW));
  }

  @Test
  void startedAndNotDueIsInProgress() {
    assertEquals(
        TrainingStatus.IN_PROGRESS, TrainingStatus.of(NEXT_WEEK, true, null, null, 30, NOW));
  }

  @Test
  void pastTheDueDateWithoutCompletionIsOverdueWhetherStartedOrNot() {
    assertEquals(TrainingStatus.OVERDUE, TrainingStatus.of(LAST_WEEK, false, null, null, 30, NOW));
    assertEquals(TrainingStatus.OVERDUE, TrainingStatus.of(LAST_WEEK, true, null, null, 30, NOW));
    assertEquals(TrainingStatus.ASSIGNED, TrainingStatus.of(NOW, false, null, null, 30, NOW));
  }

  @Test
  void aCompletionThatNeverExpiresStaysCompletedEvenPastTheDueDate() {
    assertEquals(
        TrainingStatus.COMPLETED, TrainingStatus.of(LAST_WEEK, true, LAST_WEEK, null, 30, NOW));
  }

  @Test
  void theRenewalWindowOpensTheGivenDaysBeforeExpiry() {
    Instant validUntil = NOW.plus(Duration.ofDays(30));
    assertEquals(
        TrainingStatus.EXPIRING, TrainingStatus.of(null, true, LAST_WEEK, validUntil, 30, NOW));
    assertEquals(
        TrainingStatus.COMPLETED, TrainingStatus.of(null, true, LAST_WEEK, validUntil, 29, NOW));
    assertEquals(NOW.plus(Duration.ofDays(1)), TrainingStatus.renewalOpensAt(validUntil, 29));
  }

  @Test
  void aCompletionIsExpiredFromTheMomentItsValidityEnds() {
    assertEquals(TrainingStatus.EXPIRED, TrainingStatus.of(null, true, LAST_WEEK, NOW, 30, NOW));
    assertEquals(
        TrainingStatus.EXPIRING,
        TrainingStatus.of(null, true, LAST_WEEK, NOW.plusMillis(1), 30, NOW));
  }

  @Test
  void onlyValidCompletionsAreCompliant() {
    assertTrue(TrainingStatus.COMPLETED.isCompliant());
    assertTrue(TrainingStatus.EXPIRING.isCompliant());
    assertFalse(TrainingStatus.EXPIRED.isCompliant());
    assertFalse(TrainingStatus.OVERDUE.isCompliant());
    assertFalse(TrainingStatus.IN_PROGRESS.isCompliant());
    assertFalse(TrainingStatus.ASSIGNED.isCompliant());
  }
}
