package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * The publishers' side of announcements: their list with how far each got, editing after
 * publication (with the choice between resetting and keeping acknowledgements), the history of
 * edits, reminders by hand and taking an announcement down. Publishers see and manage their own
 * announcements; HR and administrators all of them. Anyone else is told an announcement does not
 * exist.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class AnnouncementPublishing {

  /** Where a reminder leads: the announcement's page for its audience (the staff pages). */
  private static final String LINK = "/announcements/announcement.xhtml?id=";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;
  @Inject AuditTrail audit;
  @EJB NotificationCentre notifications;

  /** How many announcements {@link #published} lists for the caller. */
  public long countPublished() {
    Query query = em.createNativeQuery("select count(*) from announcement a where " + mine());
    return longValue(bindMine(query).getSingleResult());
  }

  /**
   * The caller's announcements (for HR and administrators: everybody's), newest first, each with
   * its audience size and how many read and acknowledged it, in one statement for the page.
   */
  public List<PublishedAnnouncement> published(@NotNull PageRequest page) {
    Query query =
        em.createNativeQuery(
            PublisherSql.published(
                "select a.* from announcement a where "
                    + mine()
                    + " order by a.created_at desc, a.id desc offset "
                    + page.offset()
                    + " limit "
                    + page.limit()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bindMine(query).getResultList();
    Instant now = Instant.now();
    List<PublishedAnnouncement> result = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      result.add(PublisherSql.published(row, null, now));
    }
    return result;
  }

  /** One announcement the caller manages, with its body and figures; not found otherwise. */
  public PublishedAnnouncement published(long id) {
    Announcement announcement = PublisherAccess.managed(em, context, id);
    return withFigures(announcement);
  }

  /**
   * Changes a scheduled or showing announcement. When the text of a showing announcement that asks
   * for acknowledgement changes, the editor must say whether acknowledgements are reset (material
   * change) or kept (correction); the previous text is kept as a revision either way.
   *
   * @throws RejectedInputException for an expired announcement, a missing choice, or times that do
   *     not fit (expiry in the past or before the due date)
   */
  public PublishedAnnouncement edit(long id, @NotNull @Valid AnnouncementEdit edit) {
    Instant now = Instant.now();
    Announcement announcement = PublisherAccess.managed(em, context, id);
    if (edit.version() != null && edit.version() != announcement.getVersion()) {
      throw new RejectedInputException(
          "version",
          "refusal.announcementChanged",
          "Somebody changed this announcement meanwhile: open it again and repeat your change.");
    }
    AnnouncementPhase phase = announcement.phaseAt(now);
    if (phase != AnnouncementPhase.SCHEDULED && phase != AnnouncementPhase.ACTIVE) {
      throw new RejectedInputException(
          "announcement",
          "refusal.announcementNotEditable",
          "An announcement that has expired or was taken down is a record and is not edited.");
    }
    String body = RichTextSanitizer.sanitize(edit.body());
    boolean textChanges =
        !edit.title().strip().equals(announcement.getTitle())
            || !body.equals(announcement.getBody());
    if (textChanges
        && phase == AnnouncementPhase.ACTIVE
        && announcement.requiresAcknowledgement()
        && edit.acknowledgements() == null) {
      throw new RejectedInputException(
          "acknowledgements",
          "refusal.announcementEditChoice",
          "People have been asked to acknowledge this announcement: say whether the change is"
              + " material (RESET: everyone acknowledges again) or a correction (KEEP:"
              + " acknowledgements stand).");
    }
    boolean reset;
    try {
      reset =
          announcement.revise(
              edit.title(),
              body,
              edit.acknowledgements() == AcknowledgementsOnEdit.RESET,
              caller(),
              now);
      reschedule(announcement, edit, now);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new RejectedInputException(
          fieldOf(e.getMessage()), "refusal.announcementEdit", e.getMessage());
    }
    if (edit.pinned()) {
      announcement.pin();
    } else {
      announcement.unpin();
    }
    em.flush();
    audit.record(
        new AuditEvent(
            now,
            caller(),
            AuditAction.ANNOUNCEMENT_EDITED,
            "announcement " + id,
            null,
            announcement.getTitle()
                + (textChanges ? "" : " (times or pinning only)")
                + (reset ? "; acknowledgements reset" : "")));
    return withFigures(announcement);
  }

  /**
   * The expiry and the due date, in the order that keeps the due date within the announcement's
   * time at every step: when the announcement runs longer its end moves first, otherwise its due
   * date does.
   */
  private static void reschedule(Announcement announcement, AnnouncementEdit edit, Instant now) {
    boolean expiryChanges = !Objects.equals(edit.expireAt(), announcement.getExpireAt());
    boolean dueChanges =
        announcement.requiresAcknowledgement()
            && !Objects.equals(edit.acknowledgementDueAt(), announcement.getAcknowledgementDueAt());
    boolean longer =
        edit.expireAt() == null
            || (announcement.getExpireAt() != null
                && edit.expireAt().isAfter(announcement.getExpireAt()));
    if (expiryChanges && longer) {
      announcement.runUntil(edit.expireAt(), now);
    }
    if (dueChanges) {
      announcement.requireAcknowledgement(edit.acknowledgementDueAt(), now);
    }
    if (expiryChanges && !longer) {
      announcement.runUntil(edit.expireAt(), now);
    }
  }

  private static String fieldOf(String message) {
    if (message.startsWith("title")) {
      return "title";
    }
    if (message.startsWith("body")) {
      return "body";
    }
    return message.startsWith("Acknowledgement") ? "acknowledgementDueAt" : "expireAt";
  }

  /** How many revisions (earlier texts) the announcement has. */
  public long countRevisions(long id) {
    PublisherAccess.managed(em, context, id);
    return em.createQuery(
            "select count(r) from AnnouncementRevision r where r.announcement.id = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /** The texts the announcement had before each edit after publication, the latest first. */
  public List<RevisionView> history(long id, @NotNull PageRequest page) {
    PublisherAccess.managed(em, context, id);
    return em
        .createQuery(
            "select r from AnnouncementRevision r where r.announcement.id = :id order by r.id desc",
            AnnouncementRevision.class)
        .setParameter("id", id)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList()
        .stream()
        .map(
            r ->
                new RevisionView(
                    r.getId(),
                    r.getTitle(),
                    r.getBody(),
                    r.getEditedBy(),
                    r.getEditedAt(),
                    r.isMaterial(),
                    r.isAcknowledgementsReset()))
        .toList();
  }

  /**
   * Reminds, through the notification centre, everyone in the audience whose acknowledgement is
   * missing, with the reminder to acknowledge that the timers also send; for an announcement that
   * asks for none, everyone who has not read it, told about the announcement once more.
   *
   * @return how many people were reminded
   */
  public int remind(long id) {
    Instant now = Instant.now();
    Announcement announcement = PublisherAccess.managed(em, context, id);
    if (!announcement.isVisibleAt(now)) {
      throw new RejectedInputException(
          "announcement",
          "refusal.announcementReminderClosed",
          "Only an announcement that is showing can be reminded of.");
    }
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                AudienceSql.audienceOf(1)
                    + "select au.username from audience au "
                    + ReportSql.RECEIPTS
                    + " where "
                    + ReportSql.PENDING)
            .setParameter(1, id)
            .getResultList();
    List<String> pending = rows.stream().map(Object::toString).toList();
    if (!pending.isEmpty()) {
      notifications.send(
          new Notice(
              announcement.requiresAcknowledgement()
                  ? NotificationKind.ANNOUNCEMENT_REMINDER
                  : NotificationKind.ANNOUNCEMENT,
              caller(),
              pending,
              announcement.getTitle(),
              LINK + id));
    }
    audit.record(
        new AuditEvent(
            now,
            caller(),
            AuditAction.ANNOUNCEMENT_REMINDED,
            "announcement " + id,
            null,
            pending.size() + " reminded: " + announcement.getTitle()));
    return pending.size();
  }

  /**
   * Takes a showing announcement down now (it stays as a record with its receipts), or withdraws a
   * scheduled one before it appears. Taking down what is gone already changes nothing.
   */
  public PublishedAnnouncement takeDown(long id) {
    Instant now = Instant.now();
    Announcement announcement = PublisherAccess.managed(em, context, id);
    switch (announcement.phaseAt(now)) {
      case ACTIVE -> announcement.expire(now);
      case SCHEDULED -> announcement.unschedule(now);
      default -> {
        return withFigures(announcement);
      }
    }
    em.flush();
    audit.record(
        new AuditEvent(
            now,
            caller(),
            AuditAction.ANNOUNCEMENT_TAKEN_DOWN,
            "announcement " + id,
            null,
            announcement.getTitle()));
    return withFigures(announcement);
  }

  private PublishedAnnouncement withFigures(Announcement announcement) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    PublisherSql.published("select a.* from announcement a where a.id = ?1"))
                .setParameter(1, announcement.getId())
                .getSingleResult();
    return PublisherSql.published(row, announcement.getBody(), Instant.now());
  }

  /** The caller's announcements, or all for HR and administrators; see {@link #bindMine}. */
  private String mine() {
    return PublisherAccess.seesAll(context) ? "true" : "a.created_by = ?1";
  }

  private Query bindMine(Query query) {
    return PublisherAccess.seesAll(context) ? query : query.setParameter(1, caller());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
