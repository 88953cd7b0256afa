package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  @Test
  void aStoredQueryKeepsOnlyTheFilterAndNoPeriodUnlessOneWasNamed() {
    assertEquals(
        "department=R%26D+S%C3%BCd&course=7",
        ReportQuery.normalise("?course=7&department=R%26D+S%C3%BCd&page=3&role=", TODAY));
    assertEquals(
        "from=2026-01-01&to=2026-01-31",
        ReportQuery.normalise("from=2026-01-01&to=2026-01-31", TODAY));
    assertEquals("", ReportQuery.normalise("", TODAY));
  }

  @Test
  void aQueryWithoutPeriodCoversTheYearUpToTheDayItIsUsed() {
    ReportFilter filter = ReportQuery.filter("department=Sales", TODAY);
    assertEquals("Sales", filter.department());
    assertEquals(TODAY, filter.to());
    assertEquals(LocalDate.of(2025, 3, 16), filter.from());
  }

  @Test
  void aBackwardsPeriodIsRefusedWithItsReason() {
    InvalidReportFilterException refused =
        assertThrows(
            InvalidReportFilterException.class,
            () -> ReportQuery.normalise("from=2026-02-01&to=2026-01-01", TODAY));
    assertEquals("period", refused.field());
  }

  @Test
  void weeklyAndMonthlyDeliveriesMoveOnAtTheSameLocalTimeAndSkipMissedPeriods() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant due = Instant.parse("2026-03-23T06:00:00Z");
    assertEquals(
        Instant.parse("2026-03-30T05:00:00Z"),
        DeliveryFrequency.WEEKLY.next(due, due.plusSeconds(5), berlin),
        "summer time starts on 29 March: still 07:00 in Berlin");
    assertEquals(
        Instant.parse("2026-04-23T05:00:00Z"),
        DeliveryFrequency.MONTHLY.next(due, due.plusSeconds(5), berlin));
    assertEquals(
        Instant.parse("2026-04-13T05:00:00Z"),
        DeliveryFrequency.WEEKLY.next(due, Instant.parse("2026-04-08T00:00:00Z"), berlin),
        "missed weeks are not made up");
  }
}
