package org.learningcommons.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CpdYearTest {

  @Test
  void aYearAddsCourseHoursAndExternalHoursVerifiedOrNot() {
    CpdYear year = new CpdYear(2026, 90, 120, 30, 20);
    assertEquals(240, year.totalMinutes());
    assertEquals(new BigDecimal("4.00"), year.totalHours());
    assertEquals(new BigDecimal("1.50"), year.courseHours());
    assertEquals(new BigDecimal("2.00"), year.externalVerifiedHours());
    assertEquals(new BigDecimal("0.50"), year.externalUnverifiedHours());
    assertEquals(20, year.percentOfTarget());
    assertFalse(year.targetReached());
  }

  @Test
  void progressStopsAtAHundredPercentOnceTheTargetIsReached() {
    CpdYear year = new CpdYear(2026, 25 * 60, 0, 0, 20);
    assertEquals(100, year.percentOfTarget());
    assertTrue(year.targetReached());
    assertEquals(100, new CpdYear(2026, 0, 0, 0, 0).percentOfTarget());
  }

  @Test
  void negativeFiguresAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CpdYear(2026, -1, 0, 0, 20));
  }
}
