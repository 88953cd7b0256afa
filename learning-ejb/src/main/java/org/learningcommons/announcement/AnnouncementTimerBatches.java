package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningcommons.infrastructure.persistence.MultiRowInsert;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;

/**
 * The work of the announcement timers, one batch of people per transaction: the notices of a batch
 * and the record that they went are written together, or not at all. Each batch first locks its
 * announcement's row ({@code for update skip locked}), so that two runs at once (two nodes, or "run
 * now" beside the timer) never work on the same announcement and nobody hears anything twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnnouncementTimerBatches {

  /** What one batch did; {@code done} when the announcement has no more work of this kind. */
  public record Outcome(int people, int managers, boolean done) {

    static final Outcome NOTHING = new Outcome(0, 0, true);
  }

  /** The announcement page (built by the staff pages), where one reads and acknowledges. */
  static final String LINK = "/announcements/announcement.xhtml?id=";

  private static final String PROFILE_LINK = "/people/person.xhtml?u=";

  /** Acknowledged by {@code au.username}, after the last reset: counts only then. */
  private static final String ACKNOWLEDGED =
      "exists (select 1 from announcement_receipt r join announcement x"
          + " on x.id = r.announcement_id where r.announcement_id = ?1"
          + " and r.username = au.username and r.acknowledged_at is not null"
          + " and (x.acknowledgements_reset_at is null"
          + " or r.acknowledged_at > x.acknowledgements_reset_at))";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB NotificationCentre notifications;

  /** Scheduled announcements that have appeared and whose audience was not told yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<Long> appeared(Instant now, int limit) {
    return ids(
        "select a.id from announcement a where a.notified_at is null and not a.quiet"
            + " and a.publish_at is not null and a.publish_at <= ?1"
            + " and (a.expire_at is null or a.expire_at > ?1)"
            + " order by a.publish_at, a.id limit "
            + limit,
        now,
        null);
  }

  /**
   * Shown announcements due within {@code lead} whose reminder has not gone; whether it goes now is
   * the announcement's rule ({@link Announcement#isReminderDueAt}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<Long> nearlyDue(Instant now, Duration lead, int limit) {
    return ids(
        "select a.id from announcement a where a.acknowledgement_required"
            + " and a.acknowledgement_due_at > ?1 and a.acknowledgement_due_at <= ?2"
            + " and a.reminder_sent_at is null and a.publish_at <= ?1"
            + " and (a.expire_at is null or a.expire_at > ?1)"
            + " order by a.acknowledgement_due_at, a.id limit "
            + limit,
        now,
        now.plus(lead));
  }

  /** Shown announcements past their due date whose overdue people were not escalated yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<Long> overdue(Instant now, int limit) {
    return ids(
        "select a.id from announcement a where a.acknowledgement_required"
            + " and a.acknowledgement_due_at < ?1 and a.escalated_at is null"
            + " and a.publish_at <= ?1 and (a.expire_at is null or a.expire_at > ?1)"
            + " order by a.acknowledgement_due_at, a.id limit "
            + limit,
        now,
        null);
  }

  /**
   * Tells the next batch of the audience that the announcement appeared; the last batch records it
   * as notified.
   */
  public Outcome notifyAppeared(long id, int batch) {
    Instant now = Instant.now();
    List<?> locked =
        em.createNativeQuery(
                "select a.notify_cursor from announcement a where a.id = ?1"
                    + " and a.notified_at is null and not a.quiet and "
                    + AudienceSql.SHOWING
                    + " for update skip locked")
            .setParameter(1, id)
            .setParameter(2, timestamp(now))
            .getResultList();
    if (locked.isEmpty()) {
      return Outcome.NOTHING;
    }
    Announcement announcement = em.find(Announcement.class, id);
    List<String> people =
        usernames(
            AudienceSql.audienceOf(1)
                + "select au.username from audience au where au.username > ?2"
                + " order by au.username limit "
                + batch,
            id,
            cursorOf(locked));
    if (!people.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.ANNOUNCEMENT,
              announcement.getCreatedBy(),
              people,
              announcement.getTitle(),
              LINK + id));
    }
    boolean done = people.size() < batch;
    advance("notified_at", "notify_cursor", id, done, people, now);
    return new Outcome(people.size(), 0, done);
  }

  /**
   * Reminds the next batch of those who have not acknowledged, once the reminder is due; the last
   * batch records the reminder as sent.
   */
  public Outcome remind(long id, Duration lead, int batch) {
    Instant now = Instant.now();
    List<?> locked = lock("reminder_cursor", "reminder_sent_at", id);
    if (locked.isEmpty()) {
      return Outcome.NOTHING;
    }
    Announcement announcement = em.find(Announcement.class, id);
    if (!announcement.isReminderDueAt(now, lead)) {
      return Outcome.NOTHING;
    }
    List<String> people =
        usernames(
            AudienceSql.audienceOf(1)
                + "select au.username from audience au where au.username > ?2 and not "
                + ACKNOWLEDGED
                + " order by au.username limit "
                + batch,
            id,
            cursorOf(locked));
    if (!people.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.ANNOUNCEMENT_REMINDER,
              null,
              people,
              announcement.getTitle(),
              LINK + id));
    }
    boolean done = people.size() < batch;
    advance("reminder_sent_at", "reminder_cursor", id, done, people, now);
    return new Outcome(people.size(), 0, done);
  }

  /**
   * Escalates the next batch of people whose acknowledgement is overdue: each is told, and each of
   * their managers gets one notice naming them. Escalated people are recorded, so no rerun repeats
   * them; the last batch records the announcement as escalated.
   */
  public Outcome escalate(long id, int batch) {
    Instant now = Instant.now();
    if (lock("id", "escalated_at", id).isEmpty()) {
      return Outcome.NOTHING;
    }
    Announcement announcement = em.find(Announcement.class, id);
    if (!announcement.isEscalationDueAt(now)) {
      return Outcome.NOTHING;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                AudienceSql.audienceOf(1)
                    + "select au.username, s.display_name, s.manager_username from audience au"
                    + " join staff_member s on s.username = au.username where not "
                    + ACKNOWLEDGED
                    + " and not exists (select 1 from announcement_escalation e"
                    + " where e.announcement_id = ?1 and e.username = au.username)"
                    + " order by s.manager_username nulls last, au.username limit "
                    + batch)
            .setParameter(1, id)
            .getResultList();
    List<OverdueBatch.Overdue> found = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      found.add(new OverdueBatch.Overdue(string(row[0]), string(row[1]), string(row[2])));
    }
    List<OverdueBatch.Overdue> people = OverdueBatch.wholeGroups(found, batch);
    MultiRowInsert.insert(
        em,
        "insert into announcement_escalation (announcement_id, username, escalated_at)",
        "on conflict do nothing",
        3,
        people,
        p -> new Object[] {id, p.username(), now});
    String link = LINK + id;
    List<Notice> notices = new ArrayList<>();
    if (!people.isEmpty()) {
      notices.add(
          new Notice(
              NotificationKind.ANNOUNCEMENT_OVERDUE,
              null,
              people.stream().map(OverdueBatch.Overdue::username).toList(),
              announcement.getTitle(),
              link));
    }
    Map<String, List<OverdueBatch.Overdue>> byManager = OverdueBatch.byManager(people);
    byManager.forEach(
        (manager, reports) ->
            notices.add(
                new Notice(
                    NotificationKind.ANNOUNCEMENT_OVERDUE_ESCALATION,
                    null,
                    List.of(manager),
                    OverdueBatch.subject(announcement.getTitle(), reports),
                    // The manager may be outside the audience, where the announcement is not
                    // found; the profile of (the first of) their overdue people always opens.
                    PROFILE_LINK + reports.get(0).username())));
    // One notice per manager, all written with a few statements whatever their number.
    notifications.sendAll(notices);
    boolean done = found.size() < batch;
    if (done) {
      em.createNativeQuery("update announcement set escalated_at = ?2 where id = ?1")
          .setParameter(1, id)
          .setParameter(2, timestamp(now))
          .executeUpdate();
    }
    return new Outcome(people.size(), byManager.size(), done);
  }

  /**
   * Locks the announcement while {@code doneColumn} is null: one row holding {@code column}, or
   * none when the work is done or another run holds the lock.
   */
  private List<?> lock(String column, String doneColumn, long id) {
    return em.createNativeQuery(
            "select a."
                + column
                + " from announcement a where a.id = ?1 and a."
                + doneColumn
                + " is null for update skip locked")
        .setParameter(1, id)
        .getResultList();
  }

  /** Records the batch: the next one continues after its last person, or the work is done. */
  private void advance(
      String doneColumn,
      String cursorColumn,
      long id,
      boolean done,
      List<String> people,
      Instant now) {
    if (done) {
      em.createNativeQuery(
              "update announcement set "
                  + doneColumn
                  + " = ?2, "
                  + cursorColumn
                  + " = null where id = ?1")
          .setParameter(1, id)
          .setParameter(2, timestamp(now))
          .executeUpdate();
    } else {
      em.createNativeQuery("update announcement set " + cursorColumn + " = ?2 where id = ?1")
          .setParameter(1, id)
          .setParameter(2, people.get(people.size() - 1))
          .executeUpdate();
    }
  }

  /** Where the last batch stopped; the empty name sorts before every user name. */
  private static String cursorOf(List<?> locked) {
    Object cursor = locked.get(0);
    return cursor == null ? "" : cursor.toString();
  }

  private List<String> usernames(String sql, long id, String after) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(sql).setParameter(1, id).setParameter(2, after).getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  private List<Long> ids(String sql, Instant first, Instant second) {
    var query = em.createNativeQuery(sql).setParameter(1, timestamp(first));
    if (second != null) {
      query.setParameter(2, timestamp(second));
    }
    @SuppressWarnings("unchecked")
    List<Object> rows = query.getResultList();
    return rows.stream().map(r -> longValue(r)).toList();
  }
}
