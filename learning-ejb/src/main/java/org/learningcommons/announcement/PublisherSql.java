package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of the publishers' views. A page of announcements gets its figures in one statement: the
 * audiences of all its announcements are resolved together, as a union per criterion (the same
 * meaning as {@link AudienceSql}: a union of everyone, departments, roles, communities and
 * reporting lines, active staff only), then joined to the receipts once.
 */
final class PublisherSql {

  private PublisherSql() {}

  /** Acknowledgements at or before the reset moment no longer count. */
  static final String STANDS =
      "r.acknowledged_at > coalesce(p.acknowledgements_reset_at, '-infinity')";

  /**
   * The announcements of {@code page} (a select of {@code announcement a} columns {@code a.*}) with
   * their audience and figures, newest first; map the rows with {@link #published}.
   */
  static String published(String page) {
    return "with recursive page as ("
        + page
        + "), below(announcement_id, username) as ("
        + " select rl.announcement_id, s.username from page p join announcement_reporting_line rl"
        + " on rl.announcement_id = p.id join staff_member s"
        + " on s.manager_username = rl.manager_username"
        + " union select b.announcement_id, s.username from staff_member s join below b"
        + " on s.manager_username = b.username),"
        + " audience(announcement_id, username) as ("
        + " select p.id, s.username from page p join staff_member s"
        + " on p.audience_everyone and s.active"
        + " union select d.announcement_id, s.username from page p join announcement_department d"
        + " on d.announcement_id = p.id join staff_member s"
        + " on s.department = d.department and s.active"
        + " union select ar.announcement_id, s.username from page p join announcement_role ar"
        + " on ar.announcement_id = p.id join staff_member_role sr on sr.role = ar.role"
        + " join staff_member s on s.id = sr.staff_member_id and s.active"
        + " union select ac.announcement_id, s.username from page p join announcement_community ac"
        + " on ac.announcement_id = p.id join membership m"
        + " on m.community_id = ac.community_id and m.status = 'ACTIVE'"
        + " join staff_member s on s.username = m.username and s.active"
        + " union select b.announcement_id, s.username from below b join staff_member s"
        + " on s.username = b.username and s.active),"
        + " figures as (select au.announcement_id, count(*) as audience,"
        + " count(r.username) as read, count(*) filter (where "
        + STANDS
        + ") as acknowledged from audience au join page p on p.id = au.announcement_id"
        + " left join announcement_receipt r on r.announcement_id = au.announcement_id"
        + " and r.username = au.username group by au.announcement_id)"
        + " select p.id, p.title, p.priority, p.created_by, p.created_at, p.publish_at,"
        + " p.expire_at, p.pinned, p.acknowledgement_required, p.acknowledgement_due_at,"
        + " p.acknowledgements_reset_at, p.audience_everyone,"
        + " (select string_agg(d.department, E'\\n' order by d.department)"
        + " from announcement_department d where d.announcement_id = p.id),"
        + " (select string_agg(ar.role, E'\\n' order by ar.role)"
        + " from announcement_role ar where ar.announcement_id = p.id),"
        + " (select string_agg(ac.community_id::text, E'\\n' order by ac.community_id)"
        + " from announcement_community ac where ac.announcement_id = p.id),"
        + " (select string_agg(rl.manager_username, E'\\n' order by rl.manager_username)"
        + " from announcement_reporting_line rl where rl.announcement_id = p.id),"
        + " coalesce(f.audience, 0), coalesce(f.read, 0), coalesce(f.acknowledged, 0),"
        + " p.version"
        + " from page p left join figures f on f.announcement_id = p.id"
        + " order by p.created_at desc, p.id desc";
  }

  /** A row of {@link #published}, with {@code body} when the caller has it at hand. */
  static PublishedAnnouncement published(Object[] r, String body, Instant now) {
    Instant publishAt = instant(r[5]);
    Instant expireAt = instant(r[6]);
    return new PublishedAnnouncement(
        longValue(r[0]),
        string(r[1]),
        body,
        Priority.valueOf(string(r[2])),
        string(r[3]),
        instant(r[4]),
        publishAt,
        expireAt,
        phase(publishAt, expireAt, now),
        bool(r[7]),
        bool(r[8]),
        instant(r[9]),
        instant(r[10]),
        bool(r[11]),
        lines(r[12]),
        lines(r[13]),
        lines(r[14]).stream().map(Long::valueOf).toList(),
        lines(r[15]),
        longValue(r[16]),
        longValue(r[17]),
        longValue(r[18]),
        longValue(r[19]));
  }

  /** As {@link Announcement#phaseAt}, from the two columns. */
  static AnnouncementPhase phase(Instant publishAt, Instant expireAt, Instant now) {
    if (publishAt == null) {
      return AnnouncementPhase.DRAFT;
    }
    if (now.isBefore(publishAt)) {
      return AnnouncementPhase.SCHEDULED;
    }
    if (expireAt != null && !now.isBefore(expireAt)) {
      return AnnouncementPhase.EXPIRED;
    }
    return AnnouncementPhase.ACTIVE;
  }

  private static List<String> lines(Object value) {
    return value == null ? List.of() : Arrays.asList(value.toString().split("\n"));
  }
}
