package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;

/**
 * Rule evaluation for one range of people (by user name) per transaction, in a fixed number of
 * set-based statements whatever the number of people or rules: new assignments with their RULE
 * enrolments, then assignments that no longer match removed (and their open RULE enrolments
 * withdrawn unless another rule still assigns the course), and one notice per course for the newly
 * assigned. Batches take a transaction-scoped advisory lock, so that two evaluations (the sync's
 * and HR's) never work at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AssignmentBatches {

  /** What one batch did. */
  public record Outcome(int assigned, int enrolled, int removed, int withdrawn) {}

  static final String COURSE_LINK = "/learning/course.xhtml?id=";

  private static final String IN_RANGE = " > ?1 and %s <= ?2";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB NotificationCentre notifications;
  @Inject AuditTrail audit;

  /** The next people by user name: the last one's name and how many; null at the end. */
  public record Range(String last, int people) {}

  /** The next {@code size} people after {@code after}, active or not (leavers lose assignments). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Range nextRange(String after, int size) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select max(username), count(*) from (select username from staff_member"
                        + " where username > ?1 order by username limit "
                        + size
                        + ") p")
                .setParameter(1, after)
                .getSingleResult();
    return row[0] == null ? null : new Range(row[0].toString(), (int) longValue(row[1]));
  }

  /** Writes an audit event (for callers outside a transaction). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void audit(AuditEvent event) {
    audit.record(event);
  }

  /**
   * Evaluates the rules (or the one rule {@code ruleId}) for the people with user names in ({@code
   * after}, {@code last}].
   */
  public Outcome evaluate(Long ruleId, String after, String last) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('assignment-evaluation'))")
        .getResultList();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String oneRule = ruleId == null ? "" : " and r.id = " + ruleId;

    // A rule moved to another course: its old assignments end first, so that the new course's
    // can be made (one active assignment per rule and person).
    int changed =
        bind(
                "update course_assignment a set status = 'REMOVED',"
                    + " removed_at = cast(?3 as timestamptz), reason = 'RULE_CHANGED'"
                    + " from assignment_rule r where a.status = 'ACTIVE' and r.id = a.rule_id"
                    + " and a.course_id <> r.course_id and a.username"
                    + range("a.username")
                    + oneRule,
                after,
                last,
                now)
            .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> added =
        bind(
                "insert into course_assignment"
                    + " (rule_id, course_id, username, assigned_at, due_at, status)"
                    + " select r.id, r.course_id, s.username, cast(?3 as timestamptz), "
                    + AssignmentSql.DUE_AT
                    + ", 'ACTIVE' from assignment_rule r join course c on c.id = r.course_id"
                    + " join staff_member s on s.username"
                    + range("s.username")
                    + " where "
                    + AssignmentSql.LIVE
                    + " and "
                    + AssignmentSql.MATCHES
                    + oneRule
                    + " and not exists (select 1 from course_assignment a"
                    + " where a.username = s.username and a.rule_id + 0 = r.id"
                    + " and a.status = 'ACTIVE')"
                    + " on conflict do nothing returning course_id, username",
                after,
                last,
                now)
            .getResultList();

    int enrolled = 0;
    if (!added.isEmpty()) {
      // The statements below join the rows just inserted. Planned on statistics from before the
      // batch (a first evaluation starts from an empty table), PostgreSQL picks nested loops that
      // compare every new row with every other: 21 s instead of 0.3 s for 10,000 people on
      // preset L. ANALYZE counts this transaction's own rows and costs milliseconds.
      em.createNativeQuery("analyze course_assignment").executeUpdate();
      // The new assignments are found by user name (the batch's range); enrolments are looked up
      // by user name too ("e.course_id + 0" keeps the planner off the per-course indexes, whose
      // statistics lag behind while a run adds thousands of rows to one course).
      String fresh =
          " a.status = 'ACTIVE' and a.assigned_at = cast(?3 as timestamptz)"
              + " and a.enrolment_id is null and a.username"
              + range("a.username");
      // People already on the course keep their enrolment; an earlier due date wins.
      bind(
              "update enrolment e set due_at = f.due_at, version = e.version + 1"
                  + " from (select a.course_id, a.username, min(a.due_at) as due_at"
                  + " from course_assignment a where"
                  + fresh
                  + " group by a.course_id, a.username) f"
                  + " where e.username = f.username and e.course_id + 0 = f.course_id"
                  + " and e.status = 'ACTIVE' and (e.due_at is null or e.due_at > f.due_at)",
              after,
              last,
              now)
          .executeUpdate();
      bind(
              "update course_assignment a set enrolment_id = e.id from enrolment e where"
                  + fresh
                  + " and e.username = a.username and e.course_id + 0 = a.course_id"
                  + " and e.status = 'ACTIVE'",
              after,
              last,
              now)
          .executeUpdate();
      // The others are enrolled, unless a completion still counts (outside its renewal window):
      // the renewal timer enrols those when the window opens.
      enrolled =
          (int)
              longValue(
                  bind(
                          "with enrolled as (insert into enrolment (course_id, username, origin,"
                              + " enrolled_by, enrolled_at, due_at, status, version)"
                              + " select distinct on (a.course_id, a.username) a.course_id,"
                              + " a.username, 'RULE', r.created_by, cast(?3 as timestamptz),"
                              + " a.due_at, 'ACTIVE', 0 from course_assignment a"
                              + " join assignment_rule r on r.id = a.rule_id where"
                              + fresh
                              + " and not exists (select 1 from completion k join course kc"
                              + " on kc.id = k.course_id where k.username = a.username"
                              + " and k.course_id = a.course_id and (k.valid_until is null"
                              + " or k.valid_until - make_interval(days => kc.renewal_window_days)"
                              + " > cast(?3 as timestamptz)))"
                              + " order by a.course_id, a.username, a.due_at"
                              + " on conflict do nothing returning id, course_id, username),"
                              + " linked as (update course_assignment a set enrolment_id = n.id"
                              + " from enrolled n where a.username = n.username"
                              + " and a.course_id = n.course_id and"
                              + fresh
                              + " returning 1) select (select count(*) from enrolled)"
                              + " + 0 * (select count(*) from linked)",
                          after,
                          last,
                          now)
                      .getSingleResult());
    }

    int removed =
        bind(
                "update course_assignment a set status = 'REMOVED', removed_at = cast(?3 as timestamptz), reason ="
                    + " case when r.deleted_at is not null then 'RULE_DELETED'"
                    + " when not r.active then 'RULE_INACTIVE'"
                    + " when c.status <> 'PUBLISHED' then 'COURSE_RETIRED'"
                    + " when a.course_id <> r.course_id then 'RULE_CHANGED'"
                    + " when not s.active then 'LEFT' else 'NO_LONGER_MATCHES' end"
                    + " from assignment_rule r, course c, staff_member s"
                    + " where a.status = 'ACTIVE' and r.id = a.rule_id and c.id = r.course_id"
                    + " and s.username = a.username and a.username"
                    + range("a.username")
                    + oneRule
                    + " and not (a.course_id = r.course_id and "
                    + AssignmentSql.LIVE
                    + " and "
                    + AssignmentSql.MATCHES
                    + ")",
                after,
                last,
                now)
            .executeUpdate();
    int withdrawn = 0;
    removed += changed;
    if (removed > 0) {
      withdrawn =
          bind(
                  "update enrolment e set status = 'WITHDRAWN',"
                      + " withdrawn_at = cast(?3 as timestamptz), version = e.version + 1"
                      + " from (select distinct a.username, a.course_id from course_assignment a"
                      + " where a.status = 'REMOVED' and a.removed_at = cast(?3 as timestamptz)"
                      + " and a.username"
                      + range("a.username")
                      + ") x where e.username = x.username and e.course_id + 0 = x.course_id"
                      + " and e.status = 'ACTIVE' and e.origin = 'RULE'"
                      + " and not exists (select 1 from course_assignment a"
                      + " where a.username = e.username and a.course_id = e.course_id"
                      + " and a.status = 'ACTIVE')",
                  after,
                  last,
                  now)
              .executeUpdate();
    }
    notifyAssigned(added);
    return new Outcome(added.size(), enrolled, removed, withdrawn);
  }

  /** One notice per course, to everybody this batch assigned it to. */
  private void notifyAssigned(List<Object[]> added) {
    if (added.isEmpty()) {
      return;
    }
    Map<Long, List<String>> byCourse = new LinkedHashMap<>();
    for (Object[] row : added) {
      byCourse.computeIfAbsent(longValue(row[0]), c -> new ArrayList<>()).add(string(row[1]));
    }
    Map<Long, String> titles = new LinkedHashMap<>();
    em.createQuery("select c.id, c.title from Course c where c.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(byCourse.keySet()))
        .getResultList()
        .forEach(row -> titles.put((Long) row[0], (String) row[1]));
    List<Notice> notices = new ArrayList<>();
    byCourse.forEach(
        (course, people) ->
            notices.add(
                new Notice(
                    NotificationKind.TRAINING_ASSIGNED,
                    null,
                    people,
                    titles.getOrDefault(course, "#" + course),
                    COURSE_LINK + course)));
    notifications.sendAll(notices);
  }

  private static String range(String column) {
    return String.format(IN_RANGE, column);
  }

  private Query bind(String sql, String after, String last, Instant now) {
    return em.createNativeQuery(sql)
        .setParameter(1, after)
        .setParameter(2, last)
        .setParameter(3, timestamp(now));
  }
}
