package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagementPeriodsTest {

  @Test
  void aWeekStartsOnItsMonday() {
    assertEquals(LocalDate.of(2026, 11, 23), EngagementPeriods.weekOf(LocalDate.of(2026, 11, 28)));
    assertEquals(LocalDate.of(2026, 11, 23), EngagementPeriods.weekOf(LocalDate.of(2026, 11, 23)));
    assertEquals(LocalDate.of(2026, 11, 23), EngagementPeriods.weekOf(LocalDate.of(2026, 11, 29)));
  }

  @Test
  void theFirstWeekOfAYearMayStartInTheYearBefore() {
    assertEquals(LocalDate.of(2025, 12, 29), EngagementPeriods.weekOf(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void weeksCoverEveryWeekThatOverlapsThePeriod() {
    List<LocalDate> weeks =
        EngagementPeriods.weeks(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16));
    assertEquals(
        List.of(
            LocalDate.of(2026, 10, 26),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 9),
            LocalDate.of(2026, 11, 16)),
        weeks);
  }

  @Test
  void monthsCoverEveryMonthThatOverlapsThePeriod() {
    assertEquals(
        List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
        EngagementPeriods.months(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1)));
  }

  @Test
  void missingBucketsCountZero() {
    LocalDate a = LocalDate.of(2026, 11, 2);
    LocalDate b = LocalDate.of(2026, 11, 9);
    assertEquals(Map.of(a, 0L, b, 3L), EngagementPeriods.fill(List.of(a, b), Map.of(b, 3L)));
  }

  @Test
  void ratesHaveOneDecimalAndNoneForAnEmptyWhole() {
    assertEquals("66.7", EngagementPeriods.rate(2, 3).toPlainString());
    assertEquals("100.0", EngagementPeriods.rate(4, 4).toPlainString());
    assertEquals("0.0", EngagementPeriods.rate(0, 4).toPlainString());
    assertNull(EngagementPeriods.rate(0, 0));
  }
}
