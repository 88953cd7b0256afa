package org.learningcommons.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleSettingsTest {

  private static ArticleSettings settings(String period) {
    ArticleSettings settings = new ArticleSettings();
    settings.reviewPeriod = period;
    settings.scanInterval = Duration.ofHours(6);
    return settings;
  }

  @Test
  void anApprovalHoldsSixMonthsByDefault() {
    assertEquals(
        Instant.parse("2026-09-30T10:00:00Z"),
        settings("P6M").defaultReviewBy(Instant.parse("2026-03-30T10:00:00Z")));
  }

  @Test
  void theOperatorChoosesAnotherPeriod() {
    assertEquals(
        Instant.parse("2026-04-09T10:00:00Z"),
        settings(" P10D ").defaultReviewBy(Instant.parse("2026-03-30T10:00:00Z")));
  }

  @Test
  void aPeriodThatIsNotPositiveIsRefused() {
    assertThrows(IllegalStateException.class, () -> settings("P0D").period());
    assertThrows(IllegalStateException.class, () -> settings("-P1M").period());
  }
}
