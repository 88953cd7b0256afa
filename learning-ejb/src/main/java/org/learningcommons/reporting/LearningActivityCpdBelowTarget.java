package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.DECIMAL;
import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.learningcommons.development.DevelopmentSettings;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * People in scope below their CPD target in the calendar year of the period's last day, furthest
 * behind first. Hours count as on the person's record ({@code CpdYear}): course completions of the
 * year plus external learning of the year that was not declined; the target is the person's own
 * ({@code cpd_target}) or {@code CPD_TARGET_HOURS}.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class LearningActivityCpdBelowTarget extends LearningActivitySqlTable {

  public static final String KEY = "learning-cpd-below-target";

  @Inject DevelopmentSettings settings;

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
        new ReportColumn("username", TEXT),
        new ReportColumn("name", TEXT),
        new ReportColumn("department", TEXT),
        new ReportColumn("hours", DECIMAL),
        new ReportColumn("targetHours", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return cpd(scope, filter, params)
        + " select p.username, m.display_name, p.department, round(p.minutes / 60.0, 2), p.target"
        + " from cpd p join staff_member m on m.username = p.username"
        + " where p.minutes < p.target * 60"
        + " order by p.minutes::numeric / nullif(p.target, 0), p.username";
  }

  /** How many people in scope there are and how many of them reach their target. */
  public long[] reached(ReportScope scope, ReportFilter filter) {
    SqlParams params = new SqlParams();
    String sql =
        cpd(scope, filter, params)
            + " select count(*), count(*) filter (where p.minutes >= p.target * 60) from cpd p";
    Object[] row = (Object[]) params.bind(em.createNativeQuery(sql)).getSingleResult();
    return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
  }

  /** {@code cpd(username, department, minutes, target)}: each person in scope's year. */
  private String cpd(ReportScope scope, ReportFilter filter, SqlParams params) {
    int year = filter.to().getYear();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate next = first.plusYears(1);
    return ScopeSql.with(scope, filter, params)
        + ", done(username, minutes) as (select c.username, sum(c.minutes) from completion c"
        + " join scoped s on s.username = c.username where c.completed_at >= "
        + params.add(start(first))
        + " and c.completed_at < "
        + params.add(start(next))
        + " group by c.username),"
        + " ext(username, minutes) as (select x.username, sum(x.minutes) from external_learning x"
        + " join scoped s on s.username = x.username where x.verification <> 'DECLINED'"
        + " and x.completed_on >= "
        + params.add(first)
        + " and x.completed_on < "
        + params.add(next)
        + " group by x.username),"
        + " cpd(username, department, minutes, target) as (select s.username, s.department,"
        + " coalesce(d.minutes, 0) + coalesce(e.minutes, 0), coalesce(t.hours, "
        + params.add(settings.cpdTargetHours())
        + ") from scoped s left join done d on d.username = s.username"
        + " left join ext e on e.username = s.username"
        + " left join cpd_target t on t.username = s.username)";
  }
}
