package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * The acknowledgement report of one announcement for its publisher (and HR and administrators): per
 * department and in total, who in the audience read it and whose acknowledgement stands; the people
 * still missing, page by page; and every person of the audience as rows for a CSV export. The
 * audience is resolved in the database ({@link AudienceSql#audienceOf}) and counted in one
 * aggregation, so that an audience of 50,000 is one statement, not 50,000 rows in memory.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class AnnouncementReports {

  /** Rows the database hands over per round trip while an export streams. */
  private static final int FETCH_SIZE = 1000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  @Resource(lookup = "java:app/jdbc/learningCommons")
  DataSource dataSource;

  /** The per-department figures and the totals. */
  public AcknowledgementReport report(long id) {
    Announcement announcement = PublisherAccess.managed(em, context, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                AudienceSql.audienceOf(1)
                    + "select au.department, count(*), count(r.username),"
                    + " count(*) filter (where "
                    + ReportSql.STANDS
                    + ") from audience au"
                    + ReportSql.RECEIPTS
                    + "group by au.department order by au.department nulls last")
            .setParameter(1, id)
            .getResultList();
    List<DepartmentFigures> departments = new ArrayList<>(rows.size());
    long audience = 0;
    long read = 0;
    long acknowledged = 0;
    for (Object[] row : rows) {
      DepartmentFigures figures =
          new DepartmentFigures(
              string(row[0]), longValue(row[1]), longValue(row[2]), longValue(row[3]));
      departments.add(figures);
      audience += figures.audience();
      read += figures.read();
      acknowledged += figures.acknowledged();
    }
    DepartmentFigures total = new DepartmentFigures(null, audience, read, acknowledged);
    return new AcknowledgementReport(
        summary(announcement, total, Instant.now()), total, departments);
  }

  /** How many people of the audience {@link #pending} lists. */
  public long countPending(long id) {
    PublisherAccess.managed(em, context, id);
    return longValue(
        em.createNativeQuery(
                AudienceSql.audienceOf(1)
                    + "select count(*) from audience au"
                    + ReportSql.RECEIPTS
                    + "where "
                    + ReportSql.PENDING)
            .setParameter(1, id)
            .getSingleResult());
  }

  /**
   * The people of the audience whose acknowledgement is missing (for an announcement that asks for
   * none: who has not read it), by department, then name.
   */
  public List<PendingPerson> pending(long id, @NotNull PageRequest page) {
    PublisherAccess.managed(em, context, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                AudienceSql.audienceOf(1)
                    + "select au.username, s.display_name, au.department, r.username is not null"
                    + " from audience au join staff_member s on s.username = au.username"
                    + ReportSql.RECEIPTS
                    + "where "
                    + ReportSql.PENDING
                    + " order by au.department nulls last, s.display_name, au.username offset "
                    + page.offset()
                    + " limit "
                    + page.limit())
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(r -> new PendingPerson(string(r[0]), string(r[1]), string(r[2]), bool(r[3])))
        .toList();
  }

  /** The announcement's title, when the caller may see its report; not found otherwise. */
  public String titleOf(long id) {
    return PublisherAccess.managed(em, context, id).getTitle();
  }

  /**
   * Hands every person of the audience to {@code sink}, by department, then name, as the rows come
   * from a forward-only cursor: an export of 50,000 people never sits in memory.
   */
  public void export(long id, @NotNull AudienceRow.Sink sink) {
    PublisherAccess.managed(em, context, id);
    // The id is a long, so writing it into the statement is safe; the shared SQL binds ?1 by
    // position, which plain JDBC does not know.
    String sql =
        (AudienceSql.audienceOf(Long.toString(id))
                + "select au.username, s.display_name, au.department, r.read_at,"
                + " case when "
                + ReportSql.STANDS
                + " then r.acknowledged_at end"
                + " from audience au join staff_member s on s.username = au.username"
                + ReportSql.RECEIPTS
                + "order by au.department nulls last, s.display_name, au.username")
            .replace("?1", Long.toString(id));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      // Inside the container's transaction (auto-commit off) the driver fetches through a cursor.
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(
              new AudienceRow(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  instant(rows.getTimestamp(4)),
                  instant(rows.getTimestamp(5))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The report of announcement " + id + " failed", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static PublishedAnnouncement summary(
      Announcement a, DepartmentFigures total, Instant now) {
    Audience audience = a.getAudience();
    return new PublishedAnnouncement(
        a.getId(),
        a.getTitle(),
        null,
        a.getPriority(),
        a.getCreatedBy(),
        a.getCreatedAt(),
        a.getPublishAt(),
        a.getExpireAt(),
        a.phaseAt(now),
        a.isPinned(),
        a.requiresAcknowledgement(),
        a.getAcknowledgementDueAt(),
        a.getAcknowledgementsResetAt(),
        audience.everyone(),
        audience.departments().stream().sorted().toList(),
        audience.roles().stream().map(Enum::name).sorted().toList(),
        audience.communityIds().stream().sorted().toList(),
        audience.reportingLinesOf().stream().sorted().toList(),
        total.audience(),
        total.read(),
        total.acknowledged(),
        a.getVersion());
  }
}
