package org.learningcommons.reporting;

import static org.learningcommons.reporting.ComplianceSql.FIGURES;
import static org.learningcommons.reporting.ComplianceSql.OVERDUE_SINCE;
import static org.learningcommons.reporting.ComplianceSql.PERCENT;

import java.time.Instant;
import java.util.List;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.reporting.ReportColumn.Type;

/**
 * One compliance list as a complete, ordered statement whose columns are exactly the export
 * columns: the API and the pages page through it ({@code limit}/{@code offset}), the exports stream
 * it, so a list and its export can never disagree.
 *
 * @param sql the statement (ordered, without limit)
 * @param params its parameters
 * @param columns what each selected column is
 */
record ComplianceListing(String sql, SqlParams params, List<ReportColumn> columns) {

  static final List<ReportColumn> DEPARTMENT_COLUMNS =
      List.of(
          column("department", Type.TEXT),
          column("required", Type.INTEGER),
          column("compliant", Type.INTEGER),
          column("overdue", Type.INTEGER),
          column("percent", Type.PERCENT));

  static final List<ReportColumn> COURSE_COLUMNS =
      List.of(
          column("courseId", Type.INTEGER),
          column("course", Type.TEXT),
          column("required", Type.INTEGER),
          column("compliant", Type.INTEGER),
          column("overdue", Type.INTEGER),
          column("percent", Type.PERCENT));

  static final List<ReportColumn> TEAM_COLUMNS =
      List.of(
          column("manager", Type.TEXT),
          column("managerName", Type.TEXT),
          column("teamSize", Type.INTEGER),
          column("required", Type.INTEGER),
          column("compliant", Type.INTEGER),
          column("overdue", Type.INTEGER),
          column("percent", Type.PERCENT));

  static final List<ReportColumn> PEOPLE_COLUMNS =
      List.of(
          column("username", Type.TEXT),
          column("name", Type.TEXT),
          column("department", Type.TEXT),
          column("required", Type.INTEGER),
          column("compliant", Type.INTEGER),
          column("overdue", Type.INTEGER),
          column("nextDue", Type.TIMESTAMP));

  static final List<ReportColumn> OVERDUE_COLUMNS =
      List.of(
          column("username", Type.TEXT),
          column("name", Type.TEXT),
          column("department", Type.TEXT),
          column("manager", Type.TEXT),
          column("courseId", Type.INTEGER),
          column("course", Type.TEXT),
          column("due", Type.TIMESTAMP),
          column("daysOverdue", Type.INTEGER));

  static final List<ReportColumn> EXPIRING_COLUMNS =
      List.of(
          column("username", Type.TEXT),
          column("name", Type.TEXT),
          column("department", Type.TEXT),
          column("manager", Type.TEXT),
          column("courseId", Type.INTEGER),
          column("course", Type.TEXT),
          column("validUntil", Type.TIMESTAMP),
          column("daysLeft", Type.INTEGER));

  /** Figures per department of the people in scope. */
  static ComplianceListing departments(ReportScope scope, ReportFilter filter, Instant now) {
    SqlParams params = new SqlParams();
    String sql =
        ComplianceSql.requirements(scope, filter, params, now)
            + " select t.department,"
            + FIGURES
            + ","
            + PERCENT
            + " from st t group by t.department order by t.department nulls last";
    return new ComplianceListing(sql, params, DEPARTMENT_COLUMNS);
  }

  /** Figures per course. */
  static ComplianceListing courses(ReportScope scope, ReportFilter filter, Instant now) {
    SqlParams params = new SqlParams();
    String sql =
        ComplianceSql.requirements(scope, filter, params, now)
            + " select t.course_id, c.title,"
            + FIGURES
            + ","
            + PERCENT
            + " from st t join course c on c.id = t.course_id group by t.course_id, c.title"
            + " order by lower(c.title), t.course_id";
    return new ComplianceListing(sql, params, COURSE_COLUMNS);
  }

  /**
   * Teams, a team being the people in scope with the same direct manager ('' for people without
   * one): team size counts everybody in the team, with or without requirements.
   */
  static ComplianceListing teams(ReportScope scope, ReportFilter filter, Instant now) {
    SqlParams params = new SqlParams();
    String sql =
        ComplianceSql.requirements(scope, filter, params, now)
            + ", teams as (select coalesce(s.manager_username, '') as manager, count(*) as size"
            + " from scoped s group by 1), figures as (select coalesce(t.manager_username, '')"
            + " as manager,"
            + FIGURES
            + ","
            + PERCENT
            + " from st t group by 1)"
            + " select tm.manager, m.display_name, tm.size, coalesce(f.required, 0),"
            + " coalesce(f.compliant, 0), coalesce(f.overdue, 0), f.percent from teams tm"
            + " left join figures f on f.manager = tm.manager"
            + " left join staff_member m on m.username = tm.manager"
            + " order by lower(m.display_name) nulls last, tm.manager";
    return new ComplianceListing(sql, params, TEAM_COLUMNS);
  }

  /**
   * The direct reports of {@code manager} (a manager in scope) with their figures; next due is the
   * earliest date a requirement falls due: the due date (or expiry) of one not met, the expiry of
   * one met.
   */
  static ComplianceListing people(
      ReportScope scope, ReportFilter filter, String manager, Instant now) {
    SqlParams params = new SqlParams();
    String with =
        ScopeSql.with(scope, filter, params)
            + ", team as (select * from scoped where manager_username = "
            + params.add(manager)
            + ")";
    String sql =
        ComplianceSql.requirements(with, "team", filter, params, now)
            + ", figures as (select t.username,"
            + FIGURES
            + ", min(case when t.compliant then t.valid_until else "
            + OVERDUE_SINCE
            + " end) as next_due from st t group by t.username)"
            + " select s.username, p.display_name, s.department, coalesce(f.required, 0),"
            + " coalesce(f.compliant, 0), coalesce(f.overdue, 0), f.next_due from team s"
            + " join staff_member p on p.username = s.username"
            + " left join figures f on f.username = s.username"
            + " order by lower(p.display_name), s.username";
    return new ComplianceListing(sql, params, PEOPLE_COLUMNS);
  }

  /** Requirements not met and overdue, the longest overdue first. */
  static ComplianceListing overdue(ReportScope scope, ReportFilter filter, Instant now) {
    SqlParams params = new SqlParams();
    String requirements = ComplianceSql.requirements(scope, filter, params, now);
    String sql =
        requirements
            + " select t.username, p.display_name, t.department, t.manager_username, t.course_id,"
            + " c.title, "
            + OVERDUE_SINCE
            + ", cast(floor(extract(epoch from ("
            + ComplianceSql.at(params, now)
            + " - "
            + OVERDUE_SINCE
            + ")) / 86400) as bigint) from st t join staff_member p on p.username = t.username"
            + " join course c on c.id = t.course_id where t.overdue order by "
            + OVERDUE_SINCE
            + ", lower(p.display_name), t.username, t.course_id";
    return new ComplianceListing(sql, params, OVERDUE_COLUMNS);
  }

  /** Valid completions that expire within {@code days} days, the soonest first. */
  static ComplianceListing expiring(ReportScope scope, ReportFilter filter, int days, Instant now) {
    SqlParams params = new SqlParams();
    String requirements = ComplianceSql.requirements(scope, filter, params, now);
    String sql =
        requirements
            + " select t.username, p.display_name, t.department, t.manager_username, t.course_id,"
            + " c.title, t.valid_until, cast(floor(extract(epoch from (t.valid_until - "
            + ComplianceSql.at(params, now)
            + ")) / 86400) as bigint) from st t join staff_member p on p.username = t.username"
            + " join course c on c.id = t.course_id where t.compliant and t.valid_until <= "
            + ComplianceSql.at(params, now)
            + " + make_interval(days => "
            + params.add(days)
            + ") order by t.valid_until, lower(p.display_name), t.username, t.course_id";
    return new ComplianceListing(sql, params, EXPIRING_COLUMNS);
  }

  private static ReportColumn column(String key, Type type) {
    return new ReportColumn(key, type);
  }
}
