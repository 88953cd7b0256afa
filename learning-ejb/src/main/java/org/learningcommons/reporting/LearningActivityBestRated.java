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
 * The best-rated courses: the average rating people in scope gave (or last changed) in the period,
 * for courses with at least {@value #MIN_RATINGS} such ratings, so that one enthusiast does not top
 * the list.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class LearningActivityBestRated extends LearningActivitySqlTable {

  public static final String KEY = "learning-best-rated";

  public static final int MIN_RATINGS = 3;

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
        new ReportColumn("rating", DECIMAL),
        new ReportColumn("ratings", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + " select r.course_id, c.title, round(avg(r.rating), 2), count(*)"
        + " from course_review r join scoped s on s.username = r.username"
        + " join course c on c.id = r.course_id where "
        + periodOf("r.updated_at", filter, params)
        + courseOf("r.course_id", filter, params)
        + " group by r.course_id, c.title having count(*) >= "
        + params.add(MIN_RATINGS)
        + " order by 3 desc, 4 desc, lower(c.title), r.course_id";
  }
}
