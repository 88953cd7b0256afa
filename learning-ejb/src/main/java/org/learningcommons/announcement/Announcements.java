package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/** Publishing announcements, finding one's own, reading and acknowledging them. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Announcements {

  /** Where a notification leads: the announcement's page, followed by its id. */
  static final String LINK = "/announcements/announcement.xhtml?id=";

  /** At most this many critical announcements stand in the home page's banner. */
  public static final int BANNER_LIMIT = 5;

  /** The same receipt join for every list of the caller's announcements. */
  private static final String WITH_RECEIPT =
      " from announcement a left join announcement_receipt r"
          + " on r.announcement_id = a.id and r.username = ?1 where ";

  /**
   * The caller's acknowledgement of {@code a} does not stand: never given, or given at or before a
   * material change ({@code acknowledgements_reset_at}). Needs the receipt join as {@code r}.
   */
  private static final String MY_ACKNOWLEDGEMENT_MISSING =
      "(r.acknowledged_at is null or r.acknowledged_at <= a.acknowledgements_reset_at)";

  private static final String VIEW_COLUMNS =
      "select a.id, a.title, a.priority, a.created_by, a.publish_at, a.expire_at,"
          + " a.pinned, a.acknowledgement_required, a.acknowledgement_due_at,"
          + " r.read_at, r.acknowledged_at, a.acknowledgements_reset_at";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;
  @Inject AuditTrail audit;
  @EJB NotificationCentre notifications;

  /**
   * Publishes (or schedules) an announcement for an audience the caller may address: HR and
   * administrators anyone, community moderators their communities only.
   *
   * @return the new announcement's id
   */
  public long publish(@NotNull @Valid AnnouncementDraft draft) {
    String me = caller();
    Instant now = Instant.now();
    Audience audience = audienceOf(draft);
    if (!audience.publishableBy(new Publisher(me, callerRoles(), moderatedCommunities(me)))) {
      throw new NotPermittedException(
          "refusal.announcementAudience",
          "You may not publish to this audience: HR and administrators address anyone, community"
              + " moderators only their own communities.");
    }
    Announcement announcement;
    try {
      announcement =
          new Announcement(
              draft.title(),
              RichTextSanitizer.sanitize(draft.body()),
              draft.priority(),
              audience,
              me,
              now);
    } catch (IllegalArgumentException e) {
      boolean title = e.getMessage().startsWith("title");
      throw new RejectedInputException(
          title ? "title" : "body",
          title ? "refusal.announcementTitle" : "refusal.writeSomething",
          e.getMessage());
    }
    if (draft.pinned()) {
      announcement.pin();
    }
    try {
      if (draft.requiresAcknowledgement()) {
        announcement.requireAcknowledgement(draft.acknowledgementDueAt(), now);
      }
      announcement.schedule(
          draft.publishAt() == null ? now : draft.publishAt(), draft.expireAt(), now);
    } catch (IllegalArgumentException e) {
      String field =
          e.getMessage().startsWith("Acknowledgement") ? "acknowledgementDueAt" : "expireAt";
      throw new RejectedInputException(field, "refusal.announcementSchedule", e.getMessage());
    }
    em.persist(announcement);
    em.flush();
    attach(announcement.getId(), draft.attachmentIds(), me);
    List<String> reached = audienceMembers(announcement.getId());
    if (reached.isEmpty()) {
      throw new RejectedInputException(
          "audience",
          "refusal.audienceEmpty",
          "This audience reaches nobody: no active member of staff matches its departments, roles,"
              + " communities or managers.");
    }
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.ANNOUNCEMENT_PUBLISHED,
            "announcement " + announcement.getId(),
            null,
            announcement.getTitle() + " (" + describe(audience) + ")"));
    // A scheduled announcement must stay unseen until it appears: AnnouncementTimers notifies it.
    if (announcement.announceOnPublication(draft.quiet(), now)) {
      notifications.send(
          new Notice(
              NotificationKind.ANNOUNCEMENT,
              me,
              reached,
              announcement.getTitle(),
              LINK + announcement.getId()));
    }
    return announcement.getId();
  }

  /**
   * Links the caller's uploads that no announcement links yet, in one statement that never loads
   * the files' content. Anything else among the ids refuses the whole announcement. The unique
   * index on the file makes a concurrent publish of the same file link it once.
   */
  private void attach(long announcementId, Set<Long> attachmentIds, String me) {
    if (attachmentIds.isEmpty()) {
      return;
    }
    if (attachmentIds.size() > AnnouncementAttachments.MAX_PER_ANNOUNCEMENT) {
      throw new RejectedInputException(
          "attachments",
          "refusal.announcementAttachmentsTooMany",
          "Attach at most " + AnnouncementAttachments.MAX_PER_ANNOUNCEMENT + " files.",
          AnnouncementAttachments.MAX_PER_ANNOUNCEMENT);
    }
    // The ids are numbers, so writing them into the statement is safe.
    String ids = attachmentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    int linked =
        em.createNativeQuery(
                "insert into announcement_attachment (announcement_id, attachment_id)"
                    + " select ?1, t.id from attachment t where t.id in ("
                    + ids
                    + ") and t.uploaded_by = ?2 and t.community_id is null and t.post_id is null"
                    + " and not exists (select 1 from announcement_attachment x"
                    + " where x.attachment_id = t.id)"
                    + " on conflict (attachment_id) do nothing")
            .setParameter(1, announcementId)
            .setParameter(2, me)
            .executeUpdate();
    if (linked != attachmentIds.size()) {
      throw new RejectedInputException(
          "attachments",
          "refusal.announcementAttachments",
          "Attach only files you uploaded for this announcement; a file belongs to one"
              + " announcement.");
    }
  }

  /**
   * Whether the caller may publish at all: HR and administrators, and the owners and moderators of
   * a community. Which audience they may address is decided when they publish.
   */
  public boolean mayPublish() {
    Set<Role> roles = callerRoles();
    if (new Publisher(caller(), roles, Set.of()).speaksForOrganisation()) {
      return true;
    }
    return !em.createNativeQuery(
            "select 1 from membership where username = ?1"
                + " and role in ('OWNER', 'MODERATOR') and status = 'ACTIVE' limit 1")
        .setParameter(1, caller())
        .getResultList()
        .isEmpty();
  }

  /**
   * The communities the caller may address whose name contains {@code query}, by name: any
   * community that is not archived for HR and administrators, the communities they moderate for
   * everyone else.
   */
  public List<AddressableCommunity> addressableCommunities(
      @Size(max = 120) String query, @NotNull PageRequest page) {
    boolean organisation = new Publisher(caller(), callerRoles(), Set.of()).speaksForOrganisation();
    String pattern =
        "%"
            + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    Query q =
        em.createNativeQuery(
                "select c.id, c.name from community c where c.archived_at is null"
                    + " and lower(c.name) like ?1"
                    + (organisation
                        ? ""
                        : " and exists (select 1 from membership m where m.community_id = c.id"
                            + " and m.username = ?2 and m.role in ('OWNER', 'MODERATOR')"
                            + " and m.status = 'ACTIVE')")
                    + " order by lower(c.name), c.id offset "
                    + page.offset()
                    + " limit "
                    + page.limit())
            .setParameter(1, pattern);
    if (!organisation) {
      q.setParameter(2, caller());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(r -> new AddressableCommunity(longValue(r[0]), string(r[1]))).toList();
  }

  /** How many of the caller's announcements are showing now. */
  public long countMine() {
    return countMine(AnnouncementFilter.ALL);
  }

  /** How many of the caller's announcements showing now pass the filter. */
  public long countMine(@NotNull AnnouncementFilter filter) {
    Query query =
        em.createNativeQuery(
            AudienceSql.CHAIN
                + "select count(*)"
                + (filter.unreadOnly() || filter.awaitingMyAcknowledgement()
                    ? WITH_RECEIPT
                    : " from announcement a where ")
                + mineWhere()
                + filterWhere(filter));
    return longValue(bindMine(query, Instant.now()).getSingleResult());
  }

  /**
   * The announcements showing now whose audience includes the caller: critical ones first, then
   * pinned ones, then the newest.
   */
  public List<AnnouncementView> mine(@NotNull PageRequest page) {
    return mine(AnnouncementFilter.ALL, page);
  }

  /** Like {@link #mine(PageRequest)}, narrowed by the filter; one query. */
  public List<AnnouncementView> mine(
      @NotNull AnnouncementFilter filter, @NotNull PageRequest page) {
    Query query =
        em.createNativeQuery(
            AudienceSql.CHAIN
                + VIEW_COLUMNS
                + WITH_RECEIPT
                + mineWhere()
                + filterWhere(filter)
                + " order by (a.priority = 'CRITICAL') desc, a.pinned desc, a.publish_at desc,"
                + " a.id desc offset "
                + page.offset()
                + " limit "
                + page.limit());
    return views(bindMine(query, Instant.now()));
  }

  /**
   * What the home page's banner shows: the critical announcements showing now for the caller that
   * still ask something of them (an acknowledgement that does not stand, or, when none is asked, a
   * first reading), newest first, at most {@link #BANNER_LIMIT}. Read on every home page view, so
   * it starts from the few live critical announcements.
   */
  public List<AnnouncementView> awaitingMe() {
    Query query =
        em.createNativeQuery(
            AudienceSql.CHAIN
                + VIEW_COLUMNS
                + WITH_RECEIPT
                + "a.priority = 'CRITICAL' and "
                + mineWhere()
                + " and ((a.acknowledgement_required and "
                + MY_ACKNOWLEDGEMENT_MISSING
                + ") or (not a.acknowledgement_required and r.read_at is null))"
                + " order by a.publish_at desc, a.id desc limit "
                + BANNER_LIMIT);
    return views(bindMine(query, Instant.now()));
  }

  /** The filter's conditions, each starting with "and"; the priority is an enum constant. */
  private static String filterWhere(AnnouncementFilter filter) {
    StringBuilder where = new StringBuilder();
    if (filter.unreadOnly()) {
      where.append(" and r.read_at is null");
    }
    if (filter.priority() != null) {
      where.append(" and a.priority = '").append(filter.priority().name()).append('\'');
    }
    if (filter.awaitingMyAcknowledgement()) {
      where.append(" and a.acknowledgement_required and ").append(MY_ACKNOWLEDGEMENT_MISSING);
    }
    return where.toString();
  }

  /** Rows of {@link #VIEW_COLUMNS} as views without their bodies. */
  private static List<AnnouncementView> views(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<AnnouncementView> views = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Instant acknowledgedAt = instant(r[10]);
      Instant resetAt = instant(r[11]);
      boolean stands =
          acknowledgedAt != null && (resetAt == null || acknowledgedAt.isAfter(resetAt));
      views.add(
          new AnnouncementView(
              longValue(r[0]),
              string(r[1]),
              null,
              Priority.valueOf(string(r[2])),
              string(r[3]),
              instant(r[4]),
              instant(r[5]),
              bool(r[6]),
              bool(r[7]),
              instant(r[8]),
              r[9] != null,
              stands,
              stands ? acknowledgedAt : null));
    }
    return views;
  }

  /**
   * The announcement, read by the caller (recorded once). Not found when it does not exist, when
   * the caller is not in its audience and when it is not showing (scheduled or expired).
   */
  public AnnouncementView open(long id) {
    Instant now = Instant.now();
    Announcement announcement = addressedToMe(id, now, true);
    AnnouncementReceipt receipt = receiptOf(announcement, now);
    return view(announcement, receipt);
  }

  /**
   * Records that the caller acknowledges the announcement as it reads now.
   *
   * @throws AcknowledgementRefusedException when an acknowledgement stands already, when the
   *     announcement has expired or when it asks for none
   */
  public AnnouncementView acknowledge(long id) {
    Instant now = Instant.now();
    // Expired announcements are found here, so that a late acknowledgement hears why it is refused.
    Announcement announcement = addressedToMe(id, now, false);
    if (!announcement.requiresAcknowledgement()) {
      throw new AcknowledgementRefusedException(
          AcknowledgementRefusedException.Reason.NOT_REQUESTED,
          "This announcement does not ask for acknowledgement.",
          null);
    }
    AnnouncementReceipt receipt = receiptOf(announcement, now);
    try {
      receipt.acknowledge(announcement, now);
    } catch (AlreadyAcknowledgedException e) {
      throw new AcknowledgementRefusedException(
          AcknowledgementRefusedException.Reason.ALREADY_ACKNOWLEDGED,
          "You have already acknowledged this announcement, at "
              + receipt.getAcknowledgedAt()
              + ".",
          e);
    } catch (AcknowledgementClosedException e) {
      throw new AcknowledgementRefusedException(
          AcknowledgementRefusedException.Reason.CLOSED, e.getMessage() + ".", e);
    }
    return view(announcement, receipt);
  }

  private Announcement addressedToMe(long id, Instant now, boolean showingOnly) {
    Query query =
        em.createNativeQuery(
            AudienceSql.CHAIN
                + "select a.id from announcement a where a.id = ?3 and "
                + (showingOnly ? mineWhere() : "a.publish_at <= ?2 and " + audienceWhere()));
    if (bindMine(query, now).setParameter(3, id).getResultList().isEmpty()) {
      throw new NotFoundException("announcement", id);
    }
    return em.find(Announcement.class, id);
  }

  /** The caller's receipt, created on first reading; a concurrent first read is no conflict. */
  private AnnouncementReceipt receiptOf(Announcement announcement, Instant now) {
    em.createNativeQuery(
            "insert into announcement_receipt (announcement_id, username, read_at)"
                + " values (?1, ?2, ?3) on conflict (announcement_id, username) do nothing")
        .setParameter(1, announcement.getId())
        .setParameter(2, caller())
        .setParameter(3, timestamp(now))
        .executeUpdate();
    return em.createQuery(
            "select r from AnnouncementReceipt r"
                + " where r.announcementId = :id and r.username = :me",
            AnnouncementReceipt.class)
        .setParameter("id", announcement.getId())
        .setParameter("me", caller())
        .getSingleResult();
  }

  private static AnnouncementView view(Announcement a, AnnouncementReceipt receipt) {
    boolean acknowledged = receipt.isAcknowledged(a);
    return new AnnouncementView(
        a.getId(),
        a.getTitle(),
        a.getBody(),
        a.getPriority(),
        a.getCreatedBy(),
        a.getPublishAt(),
        a.getExpireAt(),
        a.isPinned(),
        a.requiresAcknowledgement(),
        a.getAcknowledgementDueAt(),
        true,
        acknowledged,
        acknowledged ? receipt.getAcknowledgedAt() : null);
  }

  /** Showing now (?2) and addressed to the caller (?1); needs {@link AudienceSql#CHAIN}. */
  private String mineWhere() {
    return AudienceSql.SHOWING + " and " + audienceWhere();
  }

  private String audienceWhere() {
    return AudienceSql.addressedTo(callerRoles());
  }

  private Query bindMine(Query query, Instant now) {
    return query.setParameter(1, caller()).setParameter(2, timestamp(now));
  }

  /** The active staff the stored announcement addresses, each once. */
  private List<String> audienceMembers(long announcementId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(AudienceSql.audienceOf(1) + "select username from audience")
            .setParameter(1, announcementId)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  private Set<Long> moderatedCommunities(String me) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select community_id from membership where username = ?1"
                    + " and role in ('OWNER', 'MODERATOR') and status = 'ACTIVE'")
            .setParameter(1, me)
            .getResultList();
    return ids.stream().map(id -> longValue(id)).collect(Collectors.toSet());
  }

  private static Audience audienceOf(AnnouncementDraft draft) {
    try {
      return new Audience(
          draft.everyone(),
          draft.departments(),
          draft.roles(),
          draft.communityIds(),
          draft.managers());
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("audience", "refusal.audienceInvalid", e.getMessage());
    }
  }

  private static String describe(Audience audience) {
    if (audience.everyone()) {
      return "everyone";
    }
    List<String> parts = new ArrayList<>();
    audience.departments().forEach(d -> parts.add("department " + d));
    audience.roles().forEach(r -> parts.add("role " + r));
    audience.communityIds().forEach(c -> parts.add("community " + c));
    audience.reportingLinesOf().forEach(m -> parts.add("reports of " + m));
    return String.join(", ", parts);
  }

  private Set<Role> callerRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
