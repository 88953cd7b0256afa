package org.learningcommons.development;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.nullableLong;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.EvidenceView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.GoalCommentView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.Views.InProgressView;
import org.learningcommons.development.Views.MandatoryView;
import org.learningcommons.development.Views.PersonView;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.shared.Page;

/**
 * The record's reads, one statement per section (and one for a section's count), so a record of any
 * size costs the same number of round trips. Callers have checked who may read.
 */
final class RecordQueries {

  /** How mandatory training is ordered: what needs action first. */
  private static final List<TrainingStatus> URGENCY =
      List.of(
          TrainingStatus.OVERDUE,
          TrainingStatus.EXPIRED,
          TrainingStatus.EXPIRING,
          TrainingStatus.ASSIGNED,
          TrainingStatus.IN_PROGRESS,
          TrainingStatus.COMPLETED);

  /** At most this many mandatory courses and courses in progress are listed. */
  static final int MAX_LISTED = 200;

  private final EntityManager em;

  RecordQueries(EntityManager em) {
    this.em = em;
  }

  /** The person, or null when nobody of that name ever signed in. */
  PersonView person(String username) {
    List<?> rows =
        em.createNativeQuery(
                "select username, display_name, department, title, manager_username"
                    + " from staff_member where username = ?1")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    return new PersonView(string(r[0]), string(r[1]), string(r[2]), string(r[3]), string(r[4]));
  }

  CpdYear cpd(String username, int year, int targetHours) {
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select"
                        + " (select coalesce(sum(c.minutes), 0) from completion c"
                        + "   where c.username = ?1 and c.completed_at >= ?2 and c.completed_at < ?3),"
                        + " (select coalesce(sum(x.minutes), 0) from external_learning x"
                        + "   where x.username = ?1 and x.completed_on >= ?4 and x.completed_on < ?5"
                        + "   and x.verification = 'VERIFIED'),"
                        + " (select coalesce(sum(x.minutes), 0) from external_learning x"
                        + "   where x.username = ?1 and x.completed_on >= ?4 and x.completed_on < ?5"
                        + "   and x.verification in ('NONE', 'REQUESTED')),"
                        + " (select t.hours from cpd_target t where t.username = ?1)")
                .setParameter(1, username)
                .setParameter(2, timestamp(from))
                .setParameter(3, timestamp(to))
                .setParameter(4, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(5, Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .getSingleResult();
    int target = r[3] == null ? targetHours : intValue(r[3]);
    return new CpdYear(year, longValue(r[0]), longValue(r[1]), longValue(r[2]), target);
  }

  Page<CompletedCourseView> completed(String username, int offset, int limit, Instant now) {
    long total =
        longValue(
            em.createNativeQuery("select count(*) from completion where username = ?1")
                .setParameter(1, username)
                .getSingleResult());
    List<CompletedCourseView> items = new ArrayList<>();
    if (total > offset) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select c.id, c.course_id, co.title, c.completed_at, c.minutes, c.valid_until,"
                      + " c.source from completion c join course co on co.id = c.course_id"
                      + " where c.username = ?1 order by c.completed_at desc, c.id desc"
                      + " offset ?2 limit ?3")
              .setParameter(1, username)
              .setParameter(2, offset)
              .setParameter(3, limit)
              .getResultList();
      for (Object[] r : rows) {
        Instant validUntil = instant(r[5]);
        items.add(
            new CompletedCourseView(
                longValue(r[0]),
                longValue(r[1]),
                string(r[2]),
                instant(r[3]),
                intValue(r[4]),
                CpdYear.hours(intValue(r[4])),
                validUntil,
                validUntil != null && !now.isBefore(validUntil),
                string(r[6])));
      }
    }
    return new Page<>(items, total, offset);
  }

  List<InProgressView> inProgress(String username) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.id, e.course_id, co.title, e.enrolled_at, e.due_at, e.started_at,"
                    + " (select count(*) from course_item i"
                    + "   where i.course_id = e.course_id and i.required),"
                    + " (select count(*) from item_progress p join course_item i on i.id = p.item_id"
                    + "   where p.enrolment_id = e.id and i.required)"
                    + " from enrolment e join course co on co.id = e.course_id"
                    + " where e.username = ?1 and e.status = 'ACTIVE'"
                    + " order by e.due_at nulls last, e.enrolled_at desc, e.id desc limit ?2")
            .setParameter(1, username)
            .setParameter(2, MAX_LISTED)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new InProgressView(
                    longValue(r[0]),
                    longValue(r[1]),
                    string(r[2]),
                    instant(r[3]),
                    instant(r[4]),
                    instant(r[5]),
                    intValue(r[6]),
                    intValue(r[7])))
        .toList();
  }

  /**
   * Courses the person must do: their latest enrolment on each course that has a due date or was
   * assigned (by a rule, HR or their manager), with the latest completion of that course deciding
   * the status ({@link TrainingStatus#of}).
   */
  List<MandatoryView> mandatory(String username, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select * from (select distinct on (e.course_id) e.course_id, co.title, e.origin,"
                    + " e.due_at, e.started_at, co.renewal_window_days, lc.id, lc.completed_at,"
                    + " lc.valid_until"
                    + " from enrolment e join course co on co.id = e.course_id"
                    + " left join lateral (select c.id, c.completed_at, c.valid_until"
                    + "   from completion c where c.username = e.username"
                    + "   and c.course_id = e.course_id"
                    + "   order by c.completed_at desc, c.id desc limit 1) lc on true"
                    + " where e.username = ?1 and e.status <> 'WITHDRAWN'"
                    + " and (e.due_at is not null or e.origin in ('RULE', 'HR', 'MANAGER'))"
                    + " order by e.course_id, e.enrolled_at desc, e.id desc) m limit ?2")
            .setParameter(1, username)
            .setParameter(2, MAX_LISTED)
            .getResultList();
    List<MandatoryView> items = new ArrayList<>();
    for (Object[] r : rows) {
      Instant completedAt = instant(r[7]);
      TrainingStatus status =
          TrainingStatus.of(
              instant(r[3]), r[4] != null, completedAt, instant(r[8]), intValue(r[5]), now);
      items.add(
          new MandatoryView(
              longValue(r[0]),
              string(r[1]),
              string(r[2]),
              instant(r[3]),
              status,
              nullableLong(r[6]),
              completedAt,
              instant(r[8])));
    }
    items.sort(
        Comparator.comparingInt((MandatoryView m) -> URGENCY.indexOf(m.status()))
            .thenComparing(MandatoryView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MandatoryView::courseTitle));
    return items;
  }

  Page<ExternalLearningView> external(String username, int offset, int limit) {
    long total =
        longValue(
            em.createNativeQuery("select count(*) from external_learning where username = ?1")
                .setParameter(1, username)
                .getSingleResult());
    List<ExternalLearningView> items = new ArrayList<>();
    if (total > offset) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  EXTERNAL_SELECT
                      + " where x.username = ?1 order by x.completed_on desc, x.id desc"
                      + " offset ?2 limit ?3")
              .setParameter(1, username)
              .setParameter(2, offset)
              .setParameter(3, limit)
              .getResultList();
      items = externalViews(rows);
    }
    return new Page<>(items, total, offset);
  }

  ExternalLearningView externalEntry(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(EXTERNAL_SELECT + " where x.id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? null : externalViews(rows).get(0);
  }

  private static final String EXTERNAL_SELECT =
      "select x.id, x.username, x.title, x.provider, x.completed_on, x.minutes, x.verification,"
          + " x.verification_requested_at, x.reviewed_by, s.display_name, x.reviewed_at,"
          + " x.review_comment, t.id, t.file_name, t.content_type, t.size_bytes, x.version"
          + " from external_learning x left join attachment t on t.id = x.evidence_id"
          + " left join staff_member s on s.username = x.reviewed_by";

  private static List<ExternalLearningView> externalViews(List<Object[]> rows) {
    List<ExternalLearningView> items = new ArrayList<>();
    for (Object[] r : rows) {
      int minutes = intValue(r[5]);
      EvidenceView evidence =
          r[12] == null
              ? null
              : new EvidenceView(longValue(r[12]), string(r[13]), string(r[14]), longValue(r[15]));
      items.add(
          new ExternalLearningView(
              longValue(r[0]),
              string(r[1]),
              string(r[2]),
              string(r[3]),
              localDate(r[4]),
              minutes,
              CpdYear.hours(minutes),
              VerificationStatus.valueOf(string(r[6])),
              instant(r[7]),
              string(r[8]),
              string(r[9]),
              instant(r[10]),
              string(r[11]),
              evidence,
              longValue(r[16])));
    }
    return items;
  }

  /** Open and in-progress goals first (soonest target first), then the closed ones. */
  Page<GoalView> goals(String username, int offset, int limit, LocalDate today) {
    long total =
        longValue(
            em.createNativeQuery("select count(*) from development_goal where username = ?1")
                .setParameter(1, username)
                .getSingleResult());
    if (total <= offset) {
      return new Page<>(List.of(), total, offset);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                GOAL_SELECT
                    + " where g.username = ?1"
                    + " order by case when g.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end,"
                    + " g.target_date nulls last, g.id desc offset ?2 limit ?3")
            .setParameter(1, username)
            .setParameter(2, offset)
            .setParameter(3, limit)
            .getResultList();
    return new Page<>(goalViews(rows, today), total, offset);
  }

  GoalView goal(long id, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(GOAL_SELECT + " where g.id = ?1").setParameter(1, id).getResultList();
    return rows.isEmpty() ? null : goalViews(rows, today).get(0);
  }

  private static final String GOAL_SELECT =
      "select g.id, g.username, g.title, g.description, g.target_date, g.status, g.created_at,"
          + " g.updated_at, g.version from development_goal g";

  /** The goals of the rows with their comments, fetched for all of them in one statement. */
  private List<GoalView> goalViews(List<Object[]> rows, LocalDate today) {
    Map<Long, List<GoalCommentView>> comments = new LinkedHashMap<>();
    for (Object[] r : rows) {
      comments.put(longValue(r[0]), new ArrayList<>());
    }
    if (!comments.isEmpty()) {
      List<GoalComment> found =
          em.createQuery(
                  "select c from GoalComment c where c.goalId in :goals"
                      + " order by c.goalId, c.createdAt, c.id",
                  GoalComment.class)
              .setParameter("goals", List.copyOf(comments.keySet()))
              .getResultList();
      Map<String, String> names = names(found.stream().map(GoalComment::getAuthor).toList());
      for (GoalComment c : found) {
        comments
            .get(c.getGoalId())
            .add(
                new GoalCommentView(
                    c.getId(),
                    c.getAuthor(),
                    names.getOrDefault(c.getAuthor(), c.getAuthor()),
                    c.getBody(),
                    c.getCreatedAt()));
      }
    }
    List<GoalView> goals = new ArrayList<>();
    for (Object[] r : rows) {
      GoalStatus status = GoalStatus.valueOf(string(r[5]));
      LocalDate target = localDate(r[4]);
      goals.add(
          new GoalView(
              longValue(r[0]),
              string(r[1]),
              string(r[2]),
              string(r[3]),
              target,
              status,
              !status.isClosed() && target != null && target.isBefore(today),
              instant(r[6]),
              instant(r[7]),
              longValue(r[8]),
              List.copyOf(comments.get(longValue(r[0])))));
    }
    return goals;
  }

  /** Display names of the people, in one statement; unknown people are left out. */
  Map<String, String> names(java.util.Collection<String> usernames) {
    Map<String, String> names = new java.util.HashMap<>();
    if (usernames.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery(
                "select s.username, s.displayName from StaffMember s where s.username in :names",
                Object[].class)
            .setParameter("names", List.copyOf(new HashSet<>(usernames)))
            .getResultList();
    for (Object[] row : rows) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }

  /**
   * Today where it is latest on Earth (UTC+14): a date a person enters as "today" in their own time
   * zone is never refused as lying in the future.
   */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.ofHours(14));
  }

  static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    throw new IllegalArgumentException("Not a date: " + value.getClass());
  }

  static BigDecimal hours(long minutes) {
    return CpdYear.hours(minutes);
  }
}
