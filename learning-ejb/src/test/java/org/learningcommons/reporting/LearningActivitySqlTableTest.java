package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningcommons.development.DevelopmentSettings;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;

class LearningActivitySqlTableTest {

  @Test
  void jdbcValuesBecomeTheColumnsTypes() {
    assertEquals(3L, LearningActivitySqlTable.convert(3, ReportColumn.Type.INTEGER));
    assertEquals(
        new BigDecimal("1.50"),
        LearningActivitySqlTable.convert(new BigDecimal("1.50"), ReportColumn.Type.DECIMAL));
    assertEquals(
        new BigDecimal("0.33"),
        LearningActivitySqlTable.convert(1.0 / 3, ReportColumn.Type.PERCENT));
    assertEquals(
        LocalDate.of(2026, 11, 23),
        LearningActivitySqlTable.convert(Date.valueOf("2026-11-23"), ReportColumn.Type.DATE));
    Instant moment = Instant.parse("2026-11-23T10:15:30Z");
    assertEquals(
        moment,
        LearningActivitySqlTable.convert(Timestamp.from(moment), ReportColumn.Type.TIMESTAMP));
    assertEquals("7", LearningActivitySqlTable.convert(7L, ReportColumn.Type.TEXT));
    assertNull(LearningActivitySqlTable.convert(null, ReportColumn.Type.INTEGER));
  }

  @Test
  void thePeriodIncludesItsLastDay() {
    SqlParams params = new SqlParams();
    ReportFilter filter =
        new ReportFilter(
            null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), null);
    assertEquals(
        "c.at >= ?1 and c.at < ?2", LearningActivitySqlTable.periodOf("c.at", filter, params));
    assertEquals(Timestamp.from(Instant.parse("2025-02-01T00:00:00Z")), params.values().get(1));
  }

  @Test
  void aManagerSeesOnlyThePrivateCommunitiesTheyBelongTo() {
    SqlParams params = new SqlParams();
    assertEquals("", EngagementCommunityWeeks.visibleTo(ReportScope.everyone(), "c", params));
    String condition = EngagementCommunityWeeks.visibleTo(ReportScope.lineOf("max"), "c", params);
    assertEquals(
        " and (c.visibility <> 'PRIVATE' or exists (select 1 from membership vm"
            + " where vm.community_id = c.id and vm.username = ?1 and vm.status = 'ACTIVE'))",
        condition);
    assertEquals("max", params.values().get(0));
  }

  @Test
  void placeholdersAppearInTheOrderJdbcBindsThem() {
    ReportFilter filter =
        new ReportFilter(
            "Sales", "max", 7L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), Role.STAFF);
    LearningActivityCpdBelowTarget cpd = new LearningActivityCpdBelowTarget();
    cpd.settings = new DevelopmentSettings();
    List<LearningActivitySqlTable> tables =
        List.of(
            new LearningActivityCompletionsMonthly(),
            new LearningActivityHoursByDepartment(),
            new LearningActivityTopCourses(),
            new LearningActivityBestRated(),
            cpd,
            new EngagementActiveStaff(),
            new EngagementCommunityWeeks(),
            new EngagementDormantCommunities(),
            new EngagementAnnouncements());
    for (ReportScope scope : List.of(ReportScope.everyone(), ReportScope.lineOf("max"))) {
      for (ReportFilter f : List.of(filter, filter.withCourse(null))) {
        for (LearningActivitySqlTable table : tables) {
          SqlParams params = new SqlParams();
          Matcher placeholders =
              Pattern.compile("\\?(\\d+)").matcher(table.select(scope, f, params));
          int expected = 1;
          while (placeholders.find()) {
            assertEquals(expected++, Integer.parseInt(placeholders.group(1)), table.key());
          }
          assertEquals(params.values().size(), expected - 1, table.key());
        }
      }
    }
  }
}
