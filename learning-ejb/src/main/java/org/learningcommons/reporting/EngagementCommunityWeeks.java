package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.DATE;
import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Posts per community per ISO week of the period by authors in scope: threads started (opening
 * posts) and replies. Hidden and deleted posts do not count. Newest week first, busiest community
 * first within a week.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class EngagementCommunityWeeks extends LearningActivitySqlTable {

  public static final String KEY = "engagement-community-weeks";

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
    return List.of(
        new ReportColumn("communityId", INTEGER),
        new ReportColumn("community", TEXT),
        new ReportColumn("week", DATE),
        new ReportColumn("threads", INTEGER),
        new ReportColumn("replies", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + " select p.community_id, c.name, date_trunc('week', p.created_at at time zone 'UTC')::date,"
        + " count(*) filter (where p.opening), count(*) filter (where not p.opening)"
        + " from post p join scoped s on s.username = p.author"
        + " join community c on c.id = p.community_id where p.status = 'VISIBLE' and "
        + periodOf("p.created_at", filter, params)
        + visibleTo(scope, "c", params)
        + " group by 1, 2, 3 order by 3 desc, count(*) desc, lower(c.name), 1";
  }

  /**
   * Private communities a manager may not see stay out of their reports: a manager sees open and
   * restricted communities and the private ones they belong to; HR and administrators see all.
   */
  static String visibleTo(ReportScope scope, String community, SqlParams params) {
    if (scope.isEveryone()) {
      return "";
    }
    return " and ("
        + community
        + ".visibility <> 'PRIVATE' or exists (select 1 from membership vm"
        + " where vm.community_id = "
        + community
        + ".id and vm.username = "
        + params.add(scope.manager())
        + " and vm.status = 'ACTIVE'))";
  }
}
