package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The most-taken courses: enrolments of people in scope made in the period, most first, with how
 * many of those enrolments are completed by now.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class LearningActivityTopCourses extends LearningActivitySqlTable {

  public static final String KEY = "learning-top-courses";

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
        new ReportColumn("courseId", INTEGER),
        new ReportColumn("course", TEXT),
        new ReportColumn("enrolments", INTEGER),
        new ReportColumn("completed", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + " select e.course_id, c.title, count(*),"
        + " count(*) filter (where e.status = 'COMPLETED')"
        + " from enrolment e join scoped s on s.username = e.username"
        + " join course c on c.id = e.course_id where "
        + periodOf("e.enrolled_at", filter, params)
        + courseOf("e.course_id", filter, params)
        + " group by e.course_id, c.title order by 3 desc, lower(c.title), e.course_id";
  }
}
