package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceFiguresTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void percentIsRoundedHalfUpToOneDecimal() {
    assertEquals(66.7, ComplianceFigures.percent(2, 3));
    assertEquals(33.3, ComplianceFigures.percent(1, 3));
    assertEquals(12.5, ComplianceFigures.percent(1, 8));
    assertEquals(0.1, ComplianceFigures.percent(1, 1999));
    assertEquals(100.0, ComplianceFigures.percent(5, 5));
  }

  @Test
  void nothingRequiredHasNoPercentRatherThanZero() {
    assertNull(ComplianceFigures.percent(0, 0));
    assertNull(ComplianceFigures.NONE.percent());
  }

  @Test
  void figuresAddUpWithTheirPercent() {
    ComplianceFigures sum = ComplianceFigures.of(3, 1, 1).plus(ComplianceFigures.of(1, 1, 0));
    assertEquals(ComplianceFigures.of(4, 2, 1), sum);
    assertEquals(50.0, sum.percent());
  }

  @Test
  void theCurrentMonthIsLiveAndReplacesItsSnapshot() {
    ComplianceMonth september =
        new ComplianceMonth(LocalDate.of(2026, 9, 1), ComplianceFigures.of(10, 5, 1), false);
    ComplianceMonth staleNovember =
        new ComplianceMonth(LocalDate.of(2026, 11, 1), ComplianceFigures.of(10, 6, 1), false);
    ComplianceFigures live = ComplianceFigures.of(10, 8, 0);

    List<ComplianceMonth> trend =
        ComplianceMonth.trend(
            List.of(staleNovember, september), live, TODAY, TODAY.minusMonths(12), TODAY);

    assertEquals(2, trend.size());
    assertEquals(september, trend.get(0));
    assertTrue(trend.get(1).live());
    assertEquals(live, trend.get(1).figures());
    assertEquals(LocalDate.of(2026, 11, 1), trend.get(1).month());
  }

  @Test
  void aPeriodThatEndsBeforeThisMonthHasNoLiveMonthAndKeepsOnlyItsMonths() {
    ComplianceMonth march =
        new ComplianceMonth(LocalDate.of(2026, 3, 1), ComplianceFigures.of(4, 1, 2), false);
    ComplianceMonth may =
        new ComplianceMonth(LocalDate.of(2026, 5, 1), ComplianceFigures.of(4, 2, 2), false);

    List<ComplianceMonth> trend =
        ComplianceMonth.trend(
            List.of(march, may),
            ComplianceFigures.of(4, 4, 0),
            TODAY,
            LocalDate.of(2026, 4, 15),
            LocalDate.of(2026, 6, 30));

    assertEquals(List.of(may), trend);
    assertFalse(trend.get(0).live());
  }
}
