package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.DATE;
import static org.learningcommons.reporting.ReportColumn.Type.DECIMAL;
import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Completions per month of the period by people in scope, with the learning hours they credited;
 * every month of the period has a row, months without completions show zero.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class LearningActivityCompletionsMonthly extends LearningActivitySqlTable {

  public static final String KEY = "learning-completions-monthly";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String report() {
    return "learning";
  }

  @Override
  public List<ReportColumn> columns() {
    return List.of(
        new ReportColumn("month", DATE),
        new ReportColumn("completions", INTEGER),
        new ReportColumn("hours", DECIMAL));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + ", months(month) as (select generate_series(date_trunc('month', "
        + params.add(filter.from())
        + "::timestamp), "
        + params.add(filter.to())
        + "::timestamp, interval '1 month')::date),"
        + " done(month, n, minutes) as (select date_trunc('month', c.completed_at at time zone"
        + " 'UTC')::date, count(*), sum(c.minutes) from completion c join scoped s"
        + " on s.username = c.username where "
        + periodOf("c.completed_at", filter, params)
        + courseOf("c.course_id", filter, params)
        + " group by 1)"
        + " select m.month, coalesce(d.n, 0), round(coalesce(d.minutes, 0) / 60.0, 2)"
        + " from months m left join done d on d.month = m.month order by m.month";
  }
}
