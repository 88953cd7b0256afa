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
    // Fragments are appended in the order their parameters are added: JDBC numbers placeholders
    // by position in the text.
    StringBuilder sql = new StringBuilder(ScopeSql.with(scope, filter, params));
    sql.append(", dep(department, people) as (select coalesce(s.department, ''), count(*)")
        .append(" from scoped s group by 1),")
        .append(" done(department, minutes) as (select coalesce(s.department, ''), sum(c.minutes)")
        .append(" from completion c join scoped s on s.username = c.username where ")
        .append(periodOf("c.completed_at", filter, params))
        .append(courseOf("c.course_id", filter, params))
        .append(" group by 1),");
    if (filter.courseId() != null) {
      sql.append(" ext(department, minutes) as (select null::varchar, 0::bigint where false)");
    } else {
      sql.append(" ext(department, minutes) as (select coalesce(s.department, ''),")
          .append(" sum(x.minutes) from external_learning x join scoped s")
          .append(" on s.username = x.username where x.verification = 'VERIFIED'")
          .append(" and x.completed_on >= ")
          .append(params.add(filter.from()))
          .append(" and x.completed_on <= ")
          .append(params.add(filter.to()))
          .append(" group by 1)");
    }
    return sql.append(" select d.department, d.people, round(coalesce(c.minutes, 0) / 60.0, 2),")
        .append(" round(coalesce(e.minutes, 0) / 60.0, 2),")
        .append(" round((coalesce(c.minutes, 0) + coalesce(e.minutes, 0)) / 60.0, 2)")
        .append(" from dep d left join done c on c.department = d.department")
        .append(" left join ext e on e.department = d.department")
        .append(" order by 5 desc, d.department")
        .toString();
  }
}
