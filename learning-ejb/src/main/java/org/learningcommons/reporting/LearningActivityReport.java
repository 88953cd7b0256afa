package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * The learning activity report: completions per month, learning hours by department, the most-taken
 * and best-rated courses, external learning and CPD hours against targets, for the people the
 * caller may see ({@link ReportGate}).
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class LearningActivityReport {

  public static final String REPORT = "learning";

  /** Rows of each table the summary carries; the rest are a page request away. */
  static final int FIRST_ROWS = 10;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportGate gate;
  @EJB LearningActivityCompletionsMonthly completionsMonthly;
  @EJB LearningActivityHoursByDepartment hoursByDepartment;
  @EJB LearningActivityTopCourses topCourses;
  @EJB LearningActivityBestRated bestRated;
  @EJB LearningActivityCpdBelowTarget cpdBelowTarget;

  /** The report's figures and the first rows of each table. */
  public LearningActivitySummary summary(ReportFilter filter) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    // Every month of the period is a row (at most 37), so the chart gets them all at once.
    LearningActivityRows months = rows(completionsMonthly, scope, filter, 0, 100);
    long completions = 0;
    BigDecimal hours = BigDecimal.ZERO;
    for (Object[] row : months.rows()) {
      completions += (Long) row[1];
      hours = hours.add((BigDecimal) row[2]);
    }
    long[] reached = cpdBelowTarget.reached(scope, filter);
    return new LearningActivitySummary(
        filter,
        completions,
        hours,
        months,
        rows(hoursByDepartment, scope, filter, 0, 20),
        rows(topCourses, scope, filter, 0, FIRST_ROWS),
        rows(bestRated, scope, filter, 0, FIRST_ROWS),
        external(scope, filter),
        new LearningActivitySummary.Cpd(
            filter.to().getYear(),
            reached[0],
            reached[1],
            rows(cpdBelowTarget, scope, filter, 0, FIRST_ROWS)));
  }

  /**
   * A page of one of the report's tables.
   *
   * @param key the table's key ({@link #tables()})
   */
  public LearningActivityRows table(String key, ReportFilter filter, PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return rows(table(key), scope, filter, page.offset(), page.limit());
  }

  /** How many rows one of the report's tables has (a lazy table's count, without a page). */
  public long count(String key, ReportFilter filter) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return table(key).count(scope, filter);
  }

  /** One page of rows of one of the report's tables (a lazy table's page, without a count). */
  public List<Object[]> rows(String key, ReportFilter filter, PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return table(key).page(scope, filter, page.offset(), page.limit());
  }

  private LearningActivitySqlTable table(String key) {
    LearningActivitySqlTable table = byKey().get(key);
    if (table == null) {
      throw new ReportFilterRefusedException("table", "There is no table '" + key + "'.");
    }
    return table;
  }

  /** The keys of the report's tables. */
  public static List<String> tables() {
    return List.of(
        LearningActivityCompletionsMonthly.KEY,
        LearningActivityHoursByDepartment.KEY,
        LearningActivityTopCourses.KEY,
        LearningActivityBestRated.KEY,
        LearningActivityCpdBelowTarget.KEY);
  }

  private Map<String, LearningActivitySqlTable> byKey() {
    return Stream.of(completionsMonthly, hoursByDepartment, topCourses, bestRated, cpdBelowTarget)
        .collect(Collectors.toMap(LearningActivitySqlTable::key, Function.identity()));
  }

  static LearningActivityRows rows(
      LearningActivitySqlTable table,
      ReportScope scope,
      ReportFilter filter,
      int offset,
      int limit) {
    return new LearningActivityRows(
        table.key(),
        table.columns(),
        table.count(scope, filter),
        offset,
        table.page(scope, filter, offset, limit));
  }

  /** External learning completed in the period by people in scope, per verification status. */
  private List<LearningActivitySummary.External> external(ReportScope scope, ReportFilter filter) {
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope, filter, params)
            + " select x.verification, count(*), round(sum(x.minutes) / 60.0, 2)"
            + " from external_learning x join scoped s on s.username = x.username"
            + " where x.completed_on >= "
            + params.add(filter.from())
            + " and x.completed_on <= "
            + params.add(filter.to())
            + " group by x.verification order by x.verification";
    List<LearningActivitySummary.External> found = new ArrayList<>();
    for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] cells = (Object[]) row;
      found.add(
          new LearningActivitySummary.External(
              (String) cells[0], ((Number) cells[1]).longValue(), (BigDecimal) cells[2]));
    }
    return found;
  }
}
