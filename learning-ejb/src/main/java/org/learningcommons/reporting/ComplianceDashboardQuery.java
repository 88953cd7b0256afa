package org.learningcommons.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The dashboard's statements, shaped for a million requirements.
 *
 * <ul>
 *   <li>The reporting line is read once into an array ({@link ScopeSql#line}) and joined with
 *       {@code unnest}: PostgreSQL misjudges the size of a recursive CTE inside the big statement
 *       and hashes the million requirements instead of the line.
 *   <li>Each requirement gets one state code in SQL, and the statement counts per (department,
 *       course, state). Java adds up the totals, the departments and the courses from those few
 *       thousand groups. Grouping sets with seven filtered counts cost several times more per row.
 *   <li>The statements run with a larger {@code work_mem} (transaction-local), so that hashing the
 *       people and the groups does not spill to disk, and with custom plans only, since a generic
 *       plan (once the driver prepares a statement on the server) guesses the line's size.
 *   <li>The stored months ({@link ComplianceTrend}) are read on a second connection while the live
 *       figures are counted.
 * </ul>
 */
final class ComplianceDashboardQuery {

  /** Requirement states as the dashboard counts them. */
  private static final int COMPLIANT = 0;

  private static final int EXPIRING_30 = 1;
  private static final int EXPIRING_60 = 2;
  private static final int EXPIRING_90 = 3;
  private static final int OVERDUE = 4;
  private static final int EXPIRED = 5;
  private static final int OPEN = 6;
  private static final int STATES = 7;

  private final Connection connection;

  ComplianceDashboardQuery(Connection connection) {
    this.connection = connection;
  }

  /**
   * The live figures and the stored months, as {@link ComplianceReports#dashboard} returns them.
   */
  ComplianceDashboard run(
      ReportScope scope, ReportFilter filter, Instant now, ComplianceTrend stored)
      throws SQLException {
    settings(connection);
    String root = filter.manager() != null ? filter.manager() : scope.manager();
    String[] line = root == null ? null : ScopeSql.line(connection, root);
    // The stored months on a second connection meanwhile: the two statements take about as long.
    Future<List<ComplianceMonth>> months = stored.months(root, line, filter);
    return live(line, filter, now, months);
  }

  /** The transaction-local settings the dashboard's statements run with. */
  static void settings(Connection connection) throws SQLException {
    try (Statement setting = connection.createStatement()) {
      setting.execute("set local work_mem = '64MB'");
      // Plans for the bound line and moments, never a generic plan that guesses their size.
      setting.execute("set local plan_cache_mode = force_custom_plan");
    }
  }

  private ComplianceDashboard live(
      String[] line, ReportFilter filter, Instant now, Future<List<ComplianceMonth>> stored)
      throws SQLException {
    long[] total = new long[STATES];
    Map<String, long[]> departments = new TreeMap<>(Comparator.nullsLast(String::compareTo));
    Map<Long, long[]> courses = new LinkedHashMap<>();
    SqlParams params = new SqlParams();
    try (PreparedStatement statement =
            params.prepare(connection, liveSql(line, filter, params, now));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String department = rows.getString(1);
        long course = rows.getLong(2);
        int state = rows.getInt(3);
        long count = rows.getLong(4);
        total[state] += count;
        departments.computeIfAbsent(department, d -> new long[STATES])[state] += count;
        courses.computeIfAbsent(course, c -> new long[STATES])[state] += count;
      }
    }
    List<ComplianceDepartment> byDepartment = new ArrayList<>();
    departments.forEach(
        (name, counts) -> byDepartment.add(new ComplianceDepartment(name, figures(counts))));
    List<ComplianceCourse> byCourse = new ArrayList<>();
    Map<Long, String> titles = titles(courses.keySet());
    courses.forEach(
        (id, counts) -> byCourse.add(new ComplianceCourse(id, titles.get(id), figures(counts))));
    byCourse.sort(
        Comparator.comparing(
                (ComplianceCourse c) -> c.title() == null ? "" : c.title(),
                String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(ComplianceCourse::courseId));
    ComplianceTotals totals =
        new ComplianceTotals(
            figures(total),
            total[EXPIRED],
            total[EXPIRING_30],
            total[EXPIRING_30] + total[EXPIRING_60],
            total[EXPIRING_30] + total[EXPIRING_60] + total[EXPIRING_90]);
    List<ComplianceMonth> trend =
        ComplianceMonth.trend(
            await(stored), totals.figures(), LocalDate.now(), filter.from(), filter.to());
    return new ComplianceDashboard(totals, byDepartment, byCourse, trend, now);
  }

  /** Counts per (department, course, state) of the requirements of the people in scope. */
  static String liveSql(String[] line, ReportFilter filter, SqlParams params, Instant now) {
    // The moments bound as timestamptz values: a cast or an interval sum of a parameter would be
    // computed again for every row once the statement is prepared on the server.
    String at = params.add(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    String valid =
        "(q.completed_at is not null and (q.valid_until is null or q.valid_until > " + at + "))";
    StringBuilder sql =
        new StringBuilder(ScopeSql.withMembers(line, filter, params))
            .append(" select s.department, q.course_id, case when ")
            .append(valid)
            .append(" then (case when q.valid_until is null then ")
            .append(COMPLIANT);
    int[] windows = {30, 60, 90};
    int[] states = {EXPIRING_30, EXPIRING_60, EXPIRING_90};
    for (int i = 0; i < windows.length; i++) {
      sql.append(" when q.valid_until <= ")
          .append(
              params.add(
                  OffsetDateTime.ofInstant(now.plus(Duration.ofDays(windows[i])), ZoneOffset.UTC)))
          .append(" then ")
          .append(states[i]);
    }
    sql.append(" else ")
        .append(COMPLIANT)
        .append(" end) when q.valid_until <= ")
        .append(at)
        .append(" then ")
        .append(EXPIRED)
        .append(" when q.due_at < ")
        .append(at)
        .append(" then ")
        .append(OVERDUE)
        .append(" else ")
        .append(OPEN)
        .append(
            " end, count(*) from compliance_requirement q join scoped s on s.username = q.username");
    if (filter.courseId() != null) {
      sql.append(" where q.course_id = ").append(params.add(filter.courseId()));
    }
    return sql.append(" group by 1, 2, 3").toString();
  }

  /**
   * The stored months of the trend: everyone's, or the rows of the teams whose direct manager is
   * the line's root or in the line. The role filter does not apply (snapshots keep no roles).
   */
  static String trendSql(String root, String[] line, ReportFilter filter, SqlParams params) {
    StringBuilder sql =
        new StringBuilder("select n.month, sum(n.required), sum(n.compliant), sum(n.overdue)")
            .append(" from compliance_snapshot n where n.month between ")
            .append(params.add(filter.from().withDayOfMonth(1)))
            .append(" and ")
            .append(params.add(filter.to()));
    if (root != null) {
      String[] managers = Arrays.copyOf(line, line.length + 1);
      managers[line.length] = root;
      sql.append(" and n.manager_username in (select unnest(cast(")
          .append(params.add(managers))
          .append(" as varchar[])))");
    }
    if (filter.department() != null) {
      sql.append(" and lower(n.department) = lower(")
          .append(params.add(filter.department()))
          .append(")");
    }
    if (filter.courseId() != null) {
      sql.append(" and n.course_id = ").append(params.add(filter.courseId()));
    }
    return sql.append(" group by n.month order by n.month").toString();
  }

  /** The stored months within the filter, for {@link ComplianceTrend}. */
  static List<ComplianceMonth> months(
      Connection connection, String root, String[] line, ReportFilter filter) throws SQLException {
    SqlParams params = new SqlParams();
    List<ComplianceMonth> months = new ArrayList<>();
    try (PreparedStatement statement =
            params.prepare(connection, trendSql(root, line, filter, params));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        months.add(
            new ComplianceMonth(
                rows.getDate(1).toLocalDate(),
                ComplianceFigures.of(rows.getLong(2), rows.getLong(3), rows.getLong(4)),
                false));
      }
    }
    return months;
  }

  private static List<ComplianceMonth> await(Future<List<ComplianceMonth>> months) {
    try {
      return months.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the compliance trend", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The compliance trend failed", e.getCause());
    }
  }

  private Map<Long, String> titles(java.util.Set<Long> ids) throws SQLException {
    Map<Long, String> titles = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return titles;
    }
    SqlParams params = new SqlParams();
    String sql =
        "select c.id, c.title from course c where c.id = any(cast("
            + params.add(ids.toArray(Long[]::new))
            + " as bigint[]))";
    try (PreparedStatement statement = params.prepare(connection, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        titles.put(rows.getLong(1), rows.getString(2));
      }
    }
    return titles;
  }

  private static ComplianceFigures figures(long[] counts) {
    long required = 0;
    for (long count : counts) {
      required += count;
    }
    long compliant =
        counts[COMPLIANT] + counts[EXPIRING_30] + counts[EXPIRING_60] + counts[EXPIRING_90];
    return ComplianceFigures.of(required, compliant, counts[OVERDUE] + counts[EXPIRED]);
  }
}
