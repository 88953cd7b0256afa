package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningcommons.people.Role;

class ReportFilterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void noParametersMeanEveryoneInScopeOverTheTwelveMonthsUpToToday() {
    ReportFilter filter = ReportFilter.parse(Map.of(), TODAY);
    assertEquals(LocalDate.of(2025, 11, 29), filter.from());
    assertEquals(TODAY, filter.to());
    assertNull(filter.department());
    assertNull(filter.manager());
    assertNull(filter.courseId());
    assertNull(filter.role());
    assertEquals(ReportFilter.defaults(TODAY), filter);
  }

  @Test
  void aPeriodWithOneEndRunsForAYearFromOrUpToIt() {
    ReportFilter from = ReportFilter.parse(Map.of("from", "2026-01-01"), TODAY);
    assertEquals(LocalDate.of(2026, 12, 31), from.to());
    ReportFilter to = ReportFilter.parse(Map.of("to", "2026-06-30"), TODAY);
    assertEquals(LocalDate.of(2025, 7, 1), to.from());
  }

  @Test
  void parametersRoundTripAndBlanksMeanNoFilter() {
    Map<String, String> parameters =
        Map.of(
            "department", " Engineering ",
            "manager", "mike",
            "course", "42",
            "from", "2026-01-01",
            "to", "2026-03-31",
            "role", "manager");
    ReportFilter filter = ReportFilter.parse(parameters, TODAY);
    assertEquals("Engineering", filter.department());
    assertEquals(42L, filter.courseId());
    assertEquals(Role.MANAGER, filter.role());
    assertEquals(filter, ReportFilter.parse(filter.toParameters(), TODAY));
    assertNull(ReportFilter.parse(Map.of("department", "  "), TODAY).department());
  }

  @Test
  void aPeriodTheWrongWayRoundIsRefusedWithBothDates() {
    InvalidReportFilterException refused =
        assertThrows(
            InvalidReportFilterException.class,
            () -> ReportFilter.parse(Map.of("from", "2026-05-01", "to", "2026-04-01"), TODAY));
    assertEquals("period", refused.field());
    assertTrue(refused.getMessage().contains("2026-05-01"), refused.getMessage());
    assertTrue(refused.getMessage().contains("2026-04-01"), refused.getMessage());
  }

  @Test
  void threeYearsAreAllowedAndLongerIsRefused() {
    ReportFilter.parse(Map.of("from", "2023-11-29", "to", "2026-11-28"), TODAY);
    InvalidReportFilterException refused =
        assertThrows(
            InvalidReportFilterException.class,
            () -> ReportFilter.parse(Map.of("from", "2000-01-01", "to", "2026-11-28"), TODAY));
    assertTrue(refused.getMessage().contains("three years"), refused.getMessage());
  }

  @Test
  void malformedValuesNameTheParameter() {
    assertEquals(
        "from",
        assertThrows(
                InvalidReportFilterException.class,
                () -> ReportFilter.parse(Map.of("from", "28.11.2026"), TODAY))
            .field());
    assertEquals(
        "course",
        assertThrows(
                InvalidReportFilterException.class,
                () -> ReportFilter.parse(Map.of("course", "abc"), TODAY))
            .field());
    assertEquals(
        "role",
        assertThrows(
                InvalidReportFilterException.class,
                () -> ReportFilter.parse(Map.of("role", "boss"), TODAY))
            .field());
  }
}
