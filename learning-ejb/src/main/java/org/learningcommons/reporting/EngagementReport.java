package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * The engagement report: active staff, posts and replies per community per week, dormant
 * communities and announcement read and acknowledgement rates, for the people the caller may see
 * ({@link ReportGate}); managers see only the private communities they belong to.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class EngagementReport {

  public static final String REPORT = "engagement";

  /** Communities the posts chart shows. */
  static final int TOP_COMMUNITIES = 5;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportGate gate;
  @EJB EngagementActiveStaff active;
  @EJB EngagementCommunityWeeks communityWeeks;
  @EJB EngagementDormantCommunities dormant;
  @EJB EngagementAnnouncements announcements;

  /**
   * The report's figures and the first rows of each table.
   *
   * @param today the day "active in the last days" counts back from
   * @param dormantDays 30, 60 or 90
   */
  public EngagementSummary summary(ReportFilter filter, LocalDate today, int dormantDays) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    long[] recent = active.activeInLast(scope, filter, today, 1, 7, 30);
    List<LocalDate> weeks = EngagementPeriods.weeks(filter.from(), filter.to());
    return new EngagementSummary(
        filter,
        recent[0],
        recent[1],
        recent[2],
        EngagementPeriods.fill(weeks, active.distinctPer("week", scope, filter)),
        EngagementPeriods.fill(
            EngagementPeriods.months(filter.from(), filter.to()),
            active.distinctPer("month", scope, filter)),
        weeks,
        topCommunities(scope, filter, weeks),
        LearningActivityReport.rows(active, scope, filter, 0, 100),
        LearningActivityReport.rows(communityWeeks, scope, filter, 0, 10),
        dormant(scope, filter, dormantDays, new PageRequest(0, 10)),
        LearningActivityReport.rows(announcements, scope, filter, 0, 10));
  }

  /**
   * A page of one of the report's tables.
   *
   * @param dormantDays 30, 60 or 90 (only the dormant communities use it)
   */
  public LearningActivityRows table(
      String key, ReportFilter filter, int dormantDays, PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    if (key.equals(EngagementDormantCommunities.KEY)) {
      return dormant(scope, filter, dormantDays, page);
    }
    return LearningActivityReport.rows(table(key), scope, filter, page.offset(), page.limit());
  }

  /** How many rows one of the report's tables has (a lazy table's count, without a page). */
  public long count(String key, ReportFilter filter, int dormantDays) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return key.equals(EngagementDormantCommunities.KEY)
        ? dormant.count(scope, filter, dormantDays)
        : table(key).count(scope, filter);
  }

  /** One page of rows of one of the report's tables (a lazy table's page, without a count). */
  public List<Object[]> rows(String key, ReportFilter filter, int dormantDays, PageRequest page) {
    ReportScope scope = gate.scope(REPORT);
    gate.check(scope, filter);
    return key.equals(EngagementDormantCommunities.KEY)
        ? dormant.page(scope, filter, dormantDays, page.offset(), page.limit())
        : table(key).page(scope, filter, page.offset(), page.limit());
  }

  private LearningActivitySqlTable table(String key) {
    return switch (key) {
      case EngagementActiveStaff.KEY -> active;
      case EngagementCommunityWeeks.KEY -> communityWeeks;
      case EngagementAnnouncements.KEY -> announcements;
      default ->
          throw new ReportFilterRefusedException("table", "There is no table '" + key + "'.");
    };
  }

  /** The keys of the report's tables. */
  public static List<String> tables() {
    return List.of(
        EngagementActiveStaff.KEY,
        EngagementCommunityWeeks.KEY,
        EngagementDormantCommunities.KEY,
        EngagementAnnouncements.KEY);
  }

  private LearningActivityRows dormant(
      ReportScope scope, ReportFilter filter, int days, PageRequest page) {
    return new LearningActivityRows(
        EngagementDormantCommunities.KEY,
        dormant.columns(),
        dormant.count(scope, filter, days),
        page.offset(),
        dormant.page(scope, filter, days, page.offset(), page.limit()));
  }

  /**
   * The communities with the most visible posts by people in scope in the period, with their posts
   * per week: one statement that ranks the communities and counts their weeks.
   */
  private List<EngagementSummary.CommunitySeries> topCommunities(
      ReportScope scope, ReportFilter filter, List<LocalDate> weeks) {
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope, filter, params)
            + ", counted(community_id, week, n) as (select p.community_id,"
            + " date_trunc('week', p.created_at at time zone 'UTC')::date, count(*) from post p"
            + " join scoped s on s.username = p.author join community c on c.id = p.community_id"
            + " where p.status = 'VISIBLE' and "
            + LearningActivitySqlTable.periodOf("p.created_at", filter, params)
            + EngagementCommunityWeeks.visibleTo(scope, "c", params)
            + " group by 1, 2),"
            + " top(community_id, total) as (select community_id, sum(n) from counted"
            + " group by community_id order by 2 desc, community_id limit "
            + params.add(TOP_COMMUNITIES)
            + ") select t.community_id, c.name, k.week, k.n from top t"
            + " join community c on c.id = t.community_id"
            + " join counted k on k.community_id = t.community_id"
            + " order by t.total desc, t.community_id, k.week";
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Map<LocalDate, Long>> counts = new HashMap<>();
    for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] cells = (Object[]) row;
      long id = ((Number) cells[0]).longValue();
      names.put(id, (String) cells[1]);
      LocalDate week =
          (LocalDate) LearningActivitySqlTable.convert(cells[2], ReportColumn.Type.DATE);
      counts.computeIfAbsent(id, k -> new HashMap<>()).put(week, ((Number) cells[3]).longValue());
    }
    List<EngagementSummary.CommunitySeries> series = new ArrayList<>();
    names.forEach(
        (id, name) ->
            series.add(
                new EngagementSummary.CommunitySeries(
                    id,
                    name,
                    new ArrayList<>(EngagementPeriods.fill(weeks, counts.get(id)).values()))));
    return series;
  }
}
