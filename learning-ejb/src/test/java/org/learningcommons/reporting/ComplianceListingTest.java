package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The compliance listings: every placeholder they write has a bound value, and the export columns
 * match what each listing selects.
 */
class ComplianceListingTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final ReportFilter FILTER =
      ReportFilter.defaults(LocalDate.of(2026, 11, 28))
          .withDepartment("Sales")
          .withCourse(7L)
          .withRole(org.learningcommons.people.Role.STAFF);

  @Test
  void everyListingNumbersItsPlaceholdersOnceAndInOrder() {
    for (ReportScope scope : List.of(ReportScope.everyone(), ReportScope.lineOf("boss"))) {
      for (ComplianceListing listing :
          List.of(
              ComplianceListing.departments(scope, FILTER, NOW),
              ComplianceListing.courses(scope, FILTER, NOW),
              ComplianceListing.teams(scope, FILTER, NOW),
              ComplianceListing.people(scope, FILTER.withManager("lead"), "lead", NOW),
              ComplianceListing.overdue(scope, FILTER, NOW),
              ComplianceListing.expiring(scope, FILTER, 60, NOW))) {
        assertInOrder(listing.sql(), listing.params());
      }
    }
  }

  @Test
  void exportColumnsMatchWhatEachListingSelects() {
    ReportScope scope = ReportScope.everyone();
    assertEquals(5, ComplianceListing.departments(scope, FILTER, NOW).columns().size());
    assertEquals(
        "daysOverdue", ComplianceListing.overdue(scope, FILTER, NOW).columns().get(7).key());
    assertTrue(
        ComplianceListing.expiring(scope, FILTER, 90, NOW)
            .sql()
            .contains("order by t.valid_until"));
  }

  private static void assertInOrder(String sql, SqlParams params) {
    Matcher placeholders = Pattern.compile("\\?(\\d+)").matcher(sql);
    List<Integer> found = new ArrayList<>();
    while (placeholders.find()) {
      found.add(Integer.parseInt(placeholders.group(1)));
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= params.values().size(); i++) {
      expected.add(i);
    }
    assertEquals(expected, found, sql);
  }
}
