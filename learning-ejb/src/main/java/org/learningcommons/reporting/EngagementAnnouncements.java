package org.learningcommons.reporting;

import static org.learningcommons.reporting.ReportColumn.Type.INTEGER;
import static org.learningcommons.reporting.ReportColumn.Type.PERCENT;
import static org.learningcommons.reporting.ReportColumn.Type.TEXT;
import static org.learningcommons.reporting.ReportColumn.Type.TIMESTAMP;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.List;
import org.learningcommons.announcement.AudienceSql;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * Announcements published in the period with their audience in scope (resolved as the announcements
 * feature resolves it, {@link AudienceSql}), how many of them read it and, where it asks for
 * acknowledgement, how many acknowledged it after its last material change. A manager's figures
 * cover only the people in their line, and announcements addressed to nobody in scope are left out.
 */
// Local(ReportTable) makes the table one of the ReportTable beans that exports look up; LocalBean
// keeps the class itself injectable for the report's use case.
@Stateless
@Local(ReportTable.class)
@LocalBean
@PermitAll
public class EngagementAnnouncements extends LearningActivitySqlTable {

  public static final String KEY = "engagement-announcements";

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
        new ReportColumn("announcementId", INTEGER),
        new ReportColumn("title", TEXT),
        new ReportColumn("publishedAt", TIMESTAMP),
        new ReportColumn("audience", INTEGER),
        new ReportColumn("read", INTEGER),
        new ReportColumn("readRate", PERCENT),
        new ReportColumn("acknowledged", INTEGER),
        new ReportColumn("acknowledgedRate", PERCENT));
  }

  @Override
  protected String select(ReportScope scope, ReportFilter filter, SqlParams params) {
    return ScopeSql.with(scope, filter, params)
        + " select a.id, a.title, a.publish_at, x.audience, x.readers,"
        + " round(100.0 * x.readers / nullif(x.audience, 0), 1),"
        + " case when a.acknowledgement_required then x.acknowledged end,"
        + " case when a.acknowledgement_required"
        + " then round(100.0 * x.acknowledged / nullif(x.audience, 0), 1) end"
        + " from announcement a cross join lateral ("
        + AudienceSql.audienceOf("a.id")
        + " select count(*) as audience, count(r.id) as readers,"
        + " count(r.acknowledged_at) filter (where r.acknowledged_at"
        + " > coalesce(a.acknowledgements_reset_at, '-infinity')) as acknowledged"
        + " from audience au join scoped s on s.username = au.username"
        + " left join announcement_receipt r on r.announcement_id = a.id"
        + " and r.username = au.username) x where "
        + periodOf("a.publish_at", filter, params)
        + " and x.audience > 0 order by a.publish_at desc, a.id desc";
  }
}
