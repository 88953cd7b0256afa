package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;
import static org.learningcommons.reporting.ReportColumn.Type.TIMESTAMP;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Set;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Communities (not archived) without a visible post in the last 30, 60 or 90 days (a community
 * younger than that counts from its creation), the quietest first, with their last post and how
 * many of their active members are in scope. Exports and schedules use {@value #DEFAULT_DAYS} days,
 * since the filter has no place for the choice.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class EngagementDormantCommunities extends LearningActivitySqlTable {

  public static final String KEY = "engagement-dormant";

  public static final int DEFAULT_DAYS = 30;

  public static final Set<Integer> CHOICES = Set.of(30, 60, 90);

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
        new ReportColumn("visibility", TEXT),
        new ReportColumn("lastPostAt", TIMESTAMP),
        new ReportColumn("members", INTEGER));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return select(scope, filter, DEFAULT_DAYS, params);
  }

  public long count(ReportScope scope, ReportFilter filter, int days) {
    SqlParams params = new SqlParams();
    return countOf("select count(*) from (" + select(scope, filter, days, params) + ") t", params);
  }

  public List<Object[]> page(
      ReportScope scope, ReportFilter filter, int days, int offset, int limit) {
    SqlParams params = new SqlParams();
    return pageOf(select(scope, filter, days, params), params, offset, limit);
  }

  private String select(ReportScope scope, ReportFilter filter, int days, SqlParams params) {
    if (!CHOICES.contains(days)) {
      throw new ReportFilterRefusedException(
          "days", "Dormant means quiet for 30, 60 or 90 days, not " + days + ".");
    }
    return ScopeSql.with(scope, filter, params)
        + " select c.id, c.name, c.visibility, l.at,"
        + " (select count(*) from membership m join scoped s on s.username = m.username"
        + " where m.community_id = c.id and m.status = 'ACTIVE')"
        + " from community c left join lateral (select max(p.created_at) as at from post p"
        + " where p.community_id = c.id and p.status = 'VISIBLE') l on true"
        + " where c.archived_at is null and coalesce(l.at, c.created_at) < now() - make_interval("
        + "days => "
        + params.add(days)
        + ")"
        + EngagementCommunityWeeks.visibleTo(scope, "c", params)
        + " order by l.at nulls first, lower(c.name), c.id";
  }
}
