package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.DATE;
import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Daily active staff: for every day of the period, how many people in scope used the application
 * (signed in or made an authenticated request, see {@code staff_activity_day}). Weekly and monthly
 * figures count distinct people per ISO week or month ({@link #distinctPer}), which is not the sum
 * of the days.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class EngagementActiveStaff extends LearningActivitySqlTable {

  public static final String KEY = "engagement-active";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String report() {
    return "engagement";
  }

  @Override
  public List<ReportColumn> columns() {
    return List.of(new ReportColumn("day", DATE), new ReportColumn("active", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + ", days(day) as (select generate_series("
        + params.add(filter.from())
        + "::timestamp, "
        + params.add(filter.to())
        + "::timestamp, interval '1 day')::date)"
        + " select d.day, count(a.username) from days d left join"
        + " (staff_activity_day a join scoped s on s.username = a.username) on a.day = d.day"
        + " group by d.day order by d.day";
  }

  /**
   * Distinct active people in scope per bucket of the period that had any ({@code unit} is "week"
   * or "month": PostgreSQL's {@code date_trunc}, weeks starting on Monday).
   */
  public Map<LocalDate, Long> distinctPer(String unit, ReportScope scope, ReportFilter filter) {
    if (!unit.equals("week") && !unit.equals("month")) {
      throw new IllegalArgumentException("Unknown unit " + unit);
    }
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope, filter, params)
            + " select date_trunc('"
            + unit
            + "', a.day)::date, count(distinct a.username) from staff_activity_day a"
            + " join scoped s on s.username = a.username where a.day >= "
            + params.add(filter.from())
            + " and a.day <= "
            + params.add(filter.to())
            + " group by 1";
    Map<LocalDate, Long> counted = new HashMap<>();
    query(
        sql,
        params,
        1000,
        row -> counted.put(((java.sql.Date) row[0]).toLocalDate(), ((Number) row[1]).longValue()),
        true);
    return counted;
  }

  /** Distinct people in scope active on {@code today} and the days before, for each length. */
  public long[] activeInLast(ReportScope scope, ReportFilter filter, LocalDate today, int... days) {
    SqlParams params = new SqlParams();
    StringBuilder sql = new StringBuilder(ScopeSql.with(scope, filter, params)).append(" select ");
    for (int i = 0; i < days.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("count(distinct a.username) filter (where a.day > ")
          .append(params.add(today.minusDays(days[i])))
          .append(")");
    }
    sql.append(" from staff_activity_day a join scoped s on s.username = a.username")
        .append(" where a.day > ")
        .append(params.add(today.minusDays(maximum(days))))
        .append(" and a.day <= ")
        .append(params.add(today));
    long[] counts = new long[days.length];
    query(
        sql.toString(),
        params,
        1,
        row -> {
          for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
          }
        },
        true);
    return counts;
  }

  private static int maximum(int... days) {
    int max = 1;
    for (int d : days) {
      max = Math.max(max, d);
    }
    return max;
  }
}
