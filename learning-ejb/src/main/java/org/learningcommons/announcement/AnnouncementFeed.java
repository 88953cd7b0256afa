package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * The caller's announcements for their Atom feed: the same audience and showing rules as {@link
 * Announcements#mine} (through {@link AudienceSql}), newest first and with their text. Reading the
 * feed records no receipt: a portal fetching it does not mean the person read anything.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class AnnouncementFeed {

  /** Feed readers keep what they fetched, so the newest entries are enough. */
  public static final int ENTRIES = 50;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  /** The newest announcements showing now whose audience includes the caller. */
  public List<FeedEntry> entries() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                AudienceSql.CHAIN
                    + "select a.id, a.title, a.body, a.priority, a.created_by,"
                    + " coalesce(s.display_name, a.created_by), a.publish_at,"
                    + " greatest(a.publish_at, coalesce(a.edited_at, a.publish_at)),"
                    + " a.acknowledgement_required, a.acknowledgement_due_at"
                    + " from announcement a left join staff_member s on s.username = a.created_by"
                    + " where "
                    + AudienceSql.SHOWING
                    + " and "
                    + AudienceSql.addressedTo(roles)
                    + " order by a.publish_at desc, a.id desc limit "
                    + ENTRIES)
            .setParameter(1, context.getCallerPrincipal().getName())
            .setParameter(2, timestamp(Instant.now()))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new FeedEntry(
                    longValue(r[0]),
                    string(r[1]),
                    string(r[2]),
                    Priority.valueOf(string(r[3])),
                    string(r[4]),
                    string(r[5]),
                    instant(r[6]),
                    instant(r[7]),
                    bool(r[8]),
                    instant(r[9])))
        .toList();
  }

  /**
   * One announcement in the feed.
   *
   * @param bodyHtml the sanitised body
   * @param updated the later of publication and the last edit
   */
  public record FeedEntry(
      long id,
      String title,
      String bodyHtml,
      Priority priority,
      String publishedBy,
      String publishedByName,
      Instant published,
      Instant updated,
      boolean requiresAcknowledgement,
      Instant acknowledgementDueAt)
      implements Serializable {}
}
