package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.DECIMAL;
import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Learning hours in the period per department of the people in scope: course completions plus
 * external learning a manager or HR verified (unverified entries are the person's own claim, so
 * they count in the person's record but not in what HR reports upwards). The course filter narrows
 * the course hours; external learning belongs to no course and is left out when it is set.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class LearningActivityHoursByDepartment extends LearningActivitySqlTable {

  public static final String KEY = "learning-hours-departments";

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
        new ReportColumn("department", TEXT),
        new ReportColumn("people", INTEGER),
        new ReportColumn("courseHours", DECIMAL),
        new ReportColumn("externalHours", DECIMAL),
        new ReportColumn("hours", DECIMAL));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    String external =
        filter.courseId() != null
            ? " ext(department, minutes) as (select null::varchar, 0::bigint where false)"
            : " ext(department, minutes) as (select s.department, sum(x.minutes)"
                + " from external_learning x join scoped s on s.username = x.username"
                + " where x.verification = 'VERIFIED' and x.completed_on >= "
                + params.add(filter.from())
                + " and x.completed_on <= "
                + params.add(filter.to())
                + " group by s.department)";
    return ScopeSql.with(scope, filter, params)
        + ", dep(department, people) as (select coalesce(s.department, ''), count(*)"
        + " from scoped s group by 1),"
        + " done(department, minutes) as (select coalesce(s.department, ''), sum(c.minutes)"
        + " from completion c join scoped s on s.username = c.username where "
        + periodOf("c.completed_at", filter, params)
        + courseOf("c.course_id", filter, params)
        + " group by 1),"
        + external
        + " select d.department, d.people, round(coalesce(c.minutes, 0) / 60.0, 2),"
        + " round(coalesce(e.minutes, 0) / 60.0, 2),"
        + " round((coalesce(c.minutes, 0) + coalesce(e.minutes, 0)) / 60.0, 2)"
        + " from dep d left join done c on c.department = d.department"
        + " left join ext e on coalesce(e.department, '') = d.department"
        + " order by 5 desc, d.department";
  }
}
