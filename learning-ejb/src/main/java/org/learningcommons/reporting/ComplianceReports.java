package org.learningcommons.reporting;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.reporting.ComplianceSql.FIGURES;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * The compliance reports: the dashboard, the drill-down department → team → person → course, and
 * the overdue and expiring lists. Every use case asks {@link ReportGate} for the caller's scope and
 * checks the filter first; the scope is then part of the SQL ({@link ComplianceSql}).
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ComplianceReports {

  static final String REPORT = "compliance";

  /** The windows of the "expiring" figures and list, in days. */
  public static final List<Integer> EXPIRY_WINDOWS = List.of(30, 60, 90);

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportGate gate;

  /**
   * Totals, every department and course in scope, and the trend: one statement for the live figures
   * (grouping sets), one for the stored months.
   */
  public ComplianceDashboard dashboard(@NotNull ReportFilter filter) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    Instant now = Instant.now();
    SqlParams params = new SqlParams();
    String sql = dashboardSql(scope, filter, params, now);
    ComplianceTotals totals = new ComplianceTotals(ComplianceFigures.NONE, 0, 0, 0, 0);
    List<ComplianceDepartment> departments = new ArrayList<>();
    List<ComplianceCourse> courses = new ArrayList<>();
    for (Object[] row : rows(sql, params)) {
      ComplianceFigures figures =
          ComplianceFigures.of(longValue(row[4]), longValue(row[5]), longValue(row[6]));
      boolean byDepartment = intValue(row[0]) == 0;
      boolean byCourse = intValue(row[1]) == 0;
      if (byDepartment) {
        departments.add(new ComplianceDepartment(string(row[2]), figures));
      } else if (byCourse) {
        courses.add(new ComplianceCourse(longValue(row[3]), string(row[11]), figures));
      } else {
        totals =
            new ComplianceTotals(
                figures,
                longValue(row[7]),
                longValue(row[8]),
                longValue(row[9]),
                longValue(row[10]));
      }
    }
    departments.sort(
        (a, b) ->
            a.department() == null
                ? (b.department() == null ? 0 : 1)
                : b.department() == null ? -1 : a.department().compareTo(b.department()));
    courses.sort(
        (a, b) -> {
          int byTitle = a.title().compareToIgnoreCase(b.title());
          return byTitle != 0 ? byTitle : Long.compare(a.courseId(), b.courseId());
        });
    LocalDate today = LocalDate.now();
    List<ComplianceMonth> trend =
        ComplianceMonth.trend(
            snapshots(scope, filter), totals.figures(), today, filter.from(), filter.to());
    return new ComplianceDashboard(totals, departments, courses, trend, now);
  }

  /**
   * The dashboard's live figures in one statement: grouping sets give the totals, every department
   * and every course at once.
   */
  static String dashboardSql(
      ReportScope scope, ReportFilter filter, SqlParams params, Instant now) {
    return ComplianceSql.requirements(scope, filter, params, now)
        + ", figures as (select grouping(t.department) as by_department,"
        + " grouping(t.course_id) as by_course, t.department, t.course_id,"
        + FIGURES
        + ", count(*) filter (where t.expired) as expired"
        + expiringWithin(30, params, now)
        + expiringWithin(60, params, now)
        + expiringWithin(90, params, now)
        + " from st t group by grouping sets ((), (t.department), (t.course_id)))"
        // Course titles after the aggregation: a million rows need not carry them.
        + " select f.*, c.title from figures f left join course c on c.id = f.course_id";
  }

  /** Departments in scope with their figures, one page. */
  public Page<ComplianceDepartment> departments(
      @NotNull ReportFilter filter, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return page(
        ComplianceListing.departments(scope, filter, Instant.now()),
        page,
        row ->
            new ComplianceDepartment(
                string(row[0]),
                ComplianceFigures.of(longValue(row[1]), longValue(row[2]), longValue(row[3]))));
  }

  /** Courses with their figures among the people in scope, one page. */
  public Page<ComplianceCourse> courses(@NotNull ReportFilter filter, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return page(
        ComplianceListing.courses(scope, filter, Instant.now()),
        page,
        row ->
            new ComplianceCourse(
                longValue(row[0]),
                string(row[1]),
                ComplianceFigures.of(longValue(row[2]), longValue(row[3]), longValue(row[4]))));
  }

  /**
   * The teams of a department (people in scope grouped by their direct manager), one page.
   *
   * @throws InvalidReportFilterException for a department nobody is in
   */
  public Page<ComplianceTeam> teams(
      @NotNull ReportFilter filter, @NotNull String department, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    ReportFilter narrowed = gate.check(scope, filter.withDepartment(department));
    return page(ComplianceListing.teams(scope, narrowed, Instant.now()), page, TEAM);
  }

  /** Teams within the filter (its department or manager line), one page. */
  public Page<ComplianceTeam> teams(@NotNull ReportFilter filter, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return page(ComplianceListing.teams(scope, filter, Instant.now()), page, TEAM);
  }

  /**
   * The direct reports of {@code manager} with their figures, one page.
   *
   * @throws NotFoundException when the manager is not in the caller's scope (as for nobody at all)
   */
  public Page<CompliancePerson> people(
      @NotNull ReportFilter filter, @NotNull String manager, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    ReportFilter narrowed = inLine(scope, filter, manager);
    return page(
        ComplianceListing.people(scope, narrowed, manager, Instant.now()),
        page,
        row ->
            new CompliancePerson(
                string(row[0]),
                string(row[1]),
                string(row[2]),
                ComplianceFigures.of(longValue(row[3]), longValue(row[4]), longValue(row[5])),
                instant(row[6])));
  }

  /**
   * One person's requirements, the soonest due first.
   *
   * @throws NotFoundException when the person is not in the caller's scope, exactly as for a person
   *     who does not exist
   */
  public Page<ComplianceRequirement> requirements(
      @NotNull ReportFilter filter, @NotNull String username, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    ReportFilter people = gate.check(scope, filter.withDepartment(null).withRole(null));
    Instant now = Instant.now();
    SqlParams params = new SqlParams();
    String with =
        ScopeSql.with(scope, people.withManager(null), params)
            + ", person as (select * from scoped where username = "
            + params.add(username)
            + ")";
    List<Object[]> found = rows(with + " select count(*) from person", params);
    if (longValue(found.get(0)[0]) == 0) {
      throw new NotFoundException("person", username);
    }
    params = new SqlParams();
    with =
        ScopeSql.with(scope, people.withManager(null), params)
            + ", person as (select * from scoped where username = "
            + params.add(username)
            + ")";
    String sql =
        ComplianceSql.requirements(with, "person", people, params, now)
            + " select t.course_id, c.title, t.due_at, t.completed_at, t.valid_until,"
            + " c.renewal_window_days, e.started_at, t.compliant, t.overdue"
            + " from st t join course c on c.id = t.course_id"
            + " left join enrolment e on e.course_id = t.course_id and e.username = t.username"
            + " and e.status = 'ACTIVE'"
            + " order by t.due_at nulls last, lower(c.title), t.course_id";
    return page(
        new ComplianceListing(sql, params, List.of()),
        page,
        row -> {
          Instant due = instant(row[2]);
          Instant completed = instant(row[3]);
          Instant validUntil = instant(row[4]);
          TrainingStatus status =
              TrainingStatus.of(due, row[6] != null, completed, validUntil, intValue(row[5]), now);
          return new ComplianceRequirement(
              longValue(row[0]),
              string(row[1]),
              due,
              status,
              Boolean.TRUE.equals(row[7]),
              Boolean.TRUE.equals(row[8]),
              completed,
              validUntil);
        });
  }

  /** Overdue requirements in scope, the longest overdue first. */
  public Page<ComplianceOverdue> overdue(@NotNull ReportFilter filter, @NotNull PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return page(
        ComplianceListing.overdue(scope, filter, Instant.now()),
        page,
        row ->
            new ComplianceOverdue(
                string(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[3]),
                longValue(row[4]),
                string(row[5]),
                instant(row[6]),
                longValue(row[7])));
  }

  /**
   * Valid completions in scope that expire within {@code days} (30, 60 or 90) days, soonest first.
   *
   * @throws IllegalArgumentException for another number of days
   */
  public Page<ComplianceExpiring> expiring(
      @NotNull ReportFilter filter, int days, @NotNull PageRequest page) {
    if (!EXPIRY_WINDOWS.contains(days)) {
      throw new ReportFilterRefusedException("days", "Choose 30, 60 or 90 days.");
    }
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return page(
        ComplianceListing.expiring(scope, filter, days, Instant.now()),
        page,
        row ->
            new ComplianceExpiring(
                string(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[3]),
                longValue(row[4]),
                string(row[5]),
                instant(row[6]),
                longValue(row[7])));
  }

  private static final Function<Object[], ComplianceTeam> TEAM =
      row ->
          new ComplianceTeam(
              string(row[0]),
              string(row[1]),
              longValue(row[2]),
              ComplianceFigures.of(longValue(row[3]), longValue(row[4]), longValue(row[5])));

  /**
   * The filter narrowed to {@code manager}'s line; a manager outside the caller's scope is reported
   * as not found, so that the answer does not tell who exists.
   */
  private ReportFilter inLine(ReportScope scope, ReportFilter filter, String manager) {
    try {
      return gate.check(scope, filter.withManager(manager));
    } catch (InvalidReportFilterException invalid) {
      if (ReportFilter.MANAGER.equals(invalid.field())) {
        throw new NotFoundException("manager", manager);
      }
      throw invalid;
    }
  }

  /**
   * The stored months of the trend within the filter: a manager line's figures are the rows of the
   * teams whose direct manager is the line's manager or below them. The role filter does not apply
   * (snapshots do not keep roles).
   */
  static String trendSql(ReportScope scope, ReportFilter filter, SqlParams params) {
    String root = filter.manager() != null ? filter.manager() : scope.manager();
    StringBuilder sql = new StringBuilder();
    if (root != null) {
      String manager = params.add(root);
      // Both terms as text: a recursive CTE refuses a parameter's text beside varchar rows.
      sql.append("with recursive line(username) as (select cast(")
          .append(manager)
          .append(" as text) union select cast(s.username as text) from staff_member s")
          .append(" join line l on s.manager_username = l.username) ");
    }
    sql.append("select n.month, sum(n.required), sum(n.compliant), sum(n.overdue)")
        .append(" from compliance_snapshot n where n.month between ")
        .append(params.add(filter.from().withDayOfMonth(1)))
        .append(" and ")
        .append(params.add(filter.to()));
    if (root != null) {
      sql.append(" and n.manager_username in (select username from line)");
    }
    if (filter.department() != null) {
      sql.append(" and lower(n.department) = lower(")
          .append(params.add(filter.department()))
          .append(")");
    }
    if (filter.courseId() != null) {
      sql.append(" and n.course_id = ").append(params.add(filter.courseId()));
    }
    sql.append(" group by n.month order by n.month");
    return sql.toString();
  }

  private List<ComplianceMonth> snapshots(ReportScope scope, ReportFilter filter) {
    SqlParams params = new SqlParams();
    String sql = trendSql(scope, filter, params);
    List<ComplianceMonth> months = new ArrayList<>();
    for (Object[] row : rows(sql, params)) {
      months.add(
          new ComplianceMonth(
              ((java.sql.Date) row[0]).toLocalDate(),
              ComplianceFigures.of(longValue(row[1]), longValue(row[2]), longValue(row[3])),
              false));
    }
    return months;
  }

  private static String expiringWithin(int days, SqlParams params, Instant now) {
    return ", count(*) filter (where t.compliant and t.valid_until <= cast("
        + params.add(now)
        + " as timestamptz) + make_interval(days => "
        + params.add(days)
        + ")) as expiring_"
        + days;
  }

  /** One page: a count and the rows, two statements whatever the page. */
  private <T> Page<T> page(ComplianceListing listing, PageRequest page, Function<Object[], T> map) {
    long total =
        longValue(
            rows("select count(*) from (" + listing.sql() + ") x", listing.params()).get(0)[0]);
    List<T> items = new ArrayList<>();
    if (total > page.offset()) {
      SqlParams params = listing.params();
      for (Object[] row :
          rows(listing.sql() + " limit " + page.limit() + " offset " + page.offset(), params)) {
        items.add(map.apply(row));
      }
    }
    return new Page<>(items, total, page.offset());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, SqlParams params) {
    List<?> found = params.bind(em.createNativeQuery(sql)).getResultList();
    List<Object[]> rows = new ArrayList<>(found.size());
    for (Object row : found) {
      rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
    }
    return rows;
  }
}
