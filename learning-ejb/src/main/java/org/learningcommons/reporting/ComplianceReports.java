package org.learningcommons.reporting;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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

  @EJB ComplianceTrend trend;

  /**
   * Totals, every department and course in scope, and the trend: the line in one statement, the
   * live figures in one, the stored months in one (see {@link ComplianceDashboardQuery}).
   */
  public ComplianceDashboard dashboard(@NotNull ReportFilter filter) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    try {
      return new ComplianceDashboardQuery(em.unwrap(Connection.class))
          .run(scope, filter, Instant.now(), trend);
    } catch (SQLException e) {
      throw new IllegalStateException("The compliance dashboard failed", e);
    }
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
