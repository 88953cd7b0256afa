package org.learningcommons.learning;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;

/**
 * The training timers' work, one batch per transaction. Each batch claims its rows by inserting
 * them into {@code training_notice} ({@code on conflict do nothing ... returning}) in the statement
 * that finds them, and sends only for the rows it claimed: two runs at once (two nodes, or "run
 * now" beside the timer) never tell anybody anything twice, and a rolled-back batch is retried.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrainingTimerBatches {

  /** What one batch did; {@code found} counts the rows claimed (fewer than the batch: done). */
  public record Outcome(int found, int enrolled, int managers) {}

  static final String TEAM_LINK = "/learning/team.xhtml";
  static final String MY_LEARNING_LINK = "/learning/my-learning.xhtml";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB NotificationCentre notifications;

  /**
   * Completions whose renewal window opened, of courses still assigned to the person: an expiry
   * reminder, and a new RULE enrolment due when the completion expires (unless one is active).
   */
  public Outcome renewals(int batch) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with due as (select k.id, k.username, k.course_id, k.valid_until"
                    + " from completion k join course c on c.id = k.course_id"
                    + " where k.valid_until is not null and c.status = 'PUBLISHED'"
                    + " and k.valid_until - make_interval(days => c.renewal_window_days)"
                    + " <= cast(?1 as timestamptz)"
                    + " and not exists (select 1 from completion n where n.username = k.username"
                    + " and n.course_id = k.course_id and (n.completed_at > k.completed_at"
                    + " or (n.completed_at = k.completed_at and n.id > k.id)))"
                    + " and exists (select 1 from course_assignment a"
                    + " where a.username = k.username and a.course_id = k.course_id"
                    + " and a.status = 'ACTIVE')"
                    + " and not exists (select 1 from training_notice t where t.kind = 'RENEWAL'"
                    + " and t.ref_id = k.id) order by k.valid_until, k.id limit "
                    + batch
                    + "), claimed as (insert into training_notice (kind, ref_id, sent_at)"
                    + " select 'RENEWAL', d.id, cast(?1 as timestamptz) from due d"
                    + " on conflict do nothing returning ref_id),"
                    + " enrolled as (insert into enrolment (course_id, username, origin,"
                    + " enrolled_by, enrolled_at, due_at, status, version)"
                    + " select d.course_id, d.username, 'RULE', (select r.created_by"
                    + " from course_assignment a join assignment_rule r on r.id = a.rule_id"
                    + " where a.username = d.username and a.course_id = d.course_id"
                    + " and a.status = 'ACTIVE' order by a.id limit 1),"
                    + " cast(?1 as timestamptz), d.valid_until, 'ACTIVE', 0"
                    + " from due d join claimed m on m.ref_id = d.id"
                    + " where not exists (select 1 from enrolment e where e.course_id = d.course_id"
                    + " and e.username = d.username and e.status = 'ACTIVE')"
                    + " on conflict do nothing returning course_id, username)"
                    + " select d.course_id, d.username,"
                    + " (select count(*) from enrolled) from due d join claimed m"
                    + " on m.ref_id = d.id")
            .setParameter(1, timestamp(now))
            .getResultList();
    send(NotificationKind.TRAINING_EXPIRY_REMINDER, rows);
    int enrolled = rows.isEmpty() ? 0 : (int) longValue(rows.get(0)[2]);
    return new Outcome(rows.size(), enrolled, 0);
  }

  /** Active enrolments due within {@code lead}: one reminder each. */
  public Outcome dueReminders(Duration lead, int batch) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with due as (select e.id, e.course_id, e.username from enrolment e"
                    + " where e.status = 'ACTIVE' and e.due_at > cast(?1 as timestamptz)"
                    + " and e.due_at <= cast(?2 as timestamptz)"
                    + " and not exists (select 1 from training_notice t"
                    + " where t.kind = 'DUE_REMINDER' and t.ref_id = e.id)"
                    + " order by e.due_at, e.id limit "
                    + batch
                    + "), claimed as (insert into training_notice (kind, ref_id, sent_at)"
                    + " select 'DUE_REMINDER', d.id, cast(?1 as timestamptz) from due d"
                    + " on conflict do nothing returning ref_id)"
                    + " select d.course_id, d.username from due d join claimed m"
                    + " on m.ref_id = d.id")
            .setParameter(1, timestamp(now))
            .setParameter(2, timestamp(now.plus(lead)))
            .getResultList();
    send(NotificationKind.TRAINING_DUE_REMINDER, rows);
    return new Outcome(rows.size(), 0, 0);
  }

  /**
   * Active enrolments past their due date: each person is told once, and each of their managers
   * gets one notice naming their overdue reports and courses.
   */
  public Outcome overdue(int batch) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with due as (select e.id, e.course_id, e.username, s.display_name,"
                    + " s.manager_username from enrolment e join staff_member s"
                    + " on s.username = e.username where e.status = 'ACTIVE' and s.active"
                    + " and e.due_at < cast(?1 as timestamptz)"
                    + " and not exists (select 1 from training_notice t"
                    + " where t.kind = 'OVERDUE' and t.ref_id = e.id)"
                    + " order by s.manager_username nulls last, e.id limit "
                    + batch
                    + "), claimed as (insert into training_notice (kind, ref_id, sent_at)"
                    + " select 'OVERDUE', d.id, cast(?1 as timestamptz) from due d"
                    + " on conflict do nothing returning ref_id)"
                    + " select d.course_id, d.username, d.display_name, d.manager_username"
                    + " from due d join claimed m on m.ref_id = d.id")
            .setParameter(1, timestamp(now))
            .getResultList();
    List<Notice> notices = notices(NotificationKind.TRAINING_OVERDUE, rows);
    Map<Long, String> titles = titles(rows);
    Map<String, List<String>> byManager = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String manager = string(row[3]);
      if (manager != null) {
        byManager
            .computeIfAbsent(manager, m -> new ArrayList<>())
            .add(string(row[2]) + " (" + titles.get(longValue(row[0])) + ")");
      }
    }
    byManager.forEach(
        (manager, reports) ->
            notices.add(
                new Notice(
                    NotificationKind.TRAINING_OVERDUE_ESCALATION,
                    null,
                    List.of(manager),
                    subject(reports),
                    TEAM_LINK + "?status=OVERDUE")));
    notifications.sendAll(notices);
    return new Outcome(rows.size(), 0, byManager.size());
  }

  /** What a manager's notice is about: how many, and the first few "Name (Course)". */
  static String subject(List<String> reports) {
    int shown = Math.min(5, reports.size());
    String names = String.join(", ", reports.subList(0, shown));
    return reports.size() + ": " + names + (reports.size() > shown ? ", …" : "");
  }

  private void send(NotificationKind kind, List<Object[]> rows) {
    notifications.sendAll(notices(kind, rows));
  }

  /** One notice per course to everybody in the rows (course id, username first). */
  private List<Notice> notices(NotificationKind kind, List<Object[]> rows) {
    Map<Long, List<String>> byCourse = new LinkedHashMap<>();
    for (Object[] row : rows) {
      byCourse.computeIfAbsent(longValue(row[0]), c -> new ArrayList<>()).add(string(row[1]));
    }
    Map<Long, String> titles = titles(rows);
    List<Notice> notices = new ArrayList<>();
    byCourse.forEach(
        (course, people) ->
            notices.add(
                new Notice(
                    kind,
                    null,
                    people,
                    titles.getOrDefault(course, "#" + course),
                    AssignmentBatches.COURSE_LINK + course)));
    return notices;
  }

  private Map<Long, String> titles(List<Object[]> rows) {
    Map<Long, String> titles = new HashMap<>();
    if (rows.isEmpty()) {
      return titles;
    }
    List<Long> ids = rows.stream().map(r -> longValue(r[0])).distinct().toList();
    em.createQuery("select c.id, c.title from Course c where c.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> titles.put((Long) row[0], (String) row[1]));
    return titles;
  }
}
