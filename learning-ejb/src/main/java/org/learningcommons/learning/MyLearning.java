package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.nullableLong;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * A person's own learning (mandatory courses first, overdue first) and, for managers, the mandatory
 * training of everyone below them. Each page is two queries (the rows, the total), whatever its
 * length; statuses are computed in SQL ({@link TrainingSql}) so that lists filter and sort by them.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MyLearning {

  private static final String MINE =
      "with mine as (select distinct on (e.course_id) e.id, e.course_id, e.origin, e.status,"
          + " e.enrolled_at, e.due_at, e.started_at from enrolment e"
          + " where e.username = ?1 and e.status <> 'WITHDRAWN'"
          + " order by e.course_id, e.enrolled_at desc, e.id desc),"
          + " mine_rows as (select m.id, m.course_id, c.title, m.origin, m.status, m.enrolled_at,"
          + " m.due_at, exists (select 1 from course_assignment a where a.username = ?1"
          + " and a.course_id = m.course_id and a.status = 'ACTIVE') as mandatory, "
          + TrainingSql.status(
              "m.due_at",
              "m.started_at",
              "k.completed_at",
              "k.valid_until",
              "c.renewal_window_days",
              "cast(?2 as timestamptz)")
          + " as training_status, m.started_at, k.completed_at as done_at, k.valid_until,"
          + " k.id as completion_id from mine m join course c on c.id = m.course_id"
          + TrainingSql.latestCompletion("?1", "m.course_id")
          + ") ";

  private static final String TEAM_ROWS =
      Enrolments.TEAM
          + ", team_rows as (select distinct on (a.username, a.course_id) a.username,"
          + " s.display_name, a.course_id, c.title, coalesce(e.due_at, a.due_at) as due_at, "
          + TrainingSql.status(
              "coalesce(e.due_at, a.due_at)",
              "e.started_at",
              "k.completed_at",
              "k.valid_until",
              "c.renewal_window_days",
              "cast(?2 as timestamptz)")
          + " as training_status, k.completed_at as done_at, k.valid_until, e.id as enrolment_id"
          + " from course_assignment a join team t on t.username = a.username"
          + " join staff_member s on s.username = a.username and s.active"
          + " join course c on c.id = a.course_id"
          + " left join enrolment e on e.course_id = a.course_id and e.username = a.username"
          + " and e.status = 'ACTIVE'"
          + TrainingSql.latestCompletion("a.username", "a.course_id")
          + " where a.status = 'ACTIVE' order by a.username, a.course_id, a.due_at) ";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;

  /**
   * The caller's courses: the latest enrolment per course that was not withdrawn.
   *
   * @param status only those with this training status, or null
   * @param mandatory only mandatory (true) or only optional (false) ones, or null for all
   */
  public Page<MyEnrolmentView> myEnrolments(
      TrainingStatus status, Boolean mandatory, PageRequest page) {
    String where =
        " where true"
            + (status == null ? "" : " and training_status = ?3")
            + (mandatory == null ? "" : mandatory ? " and mandatory" : " and not mandatory");
    Query rows =
        bind(
            em.createNativeQuery(
                MINE
                    + "select r.id, r.course_id, r.title, r.origin, r.status, r.enrolled_at,"
                    + " r.due_at, r.mandatory, r.training_status, r.done_at, r.valid_until,"
                    + " r.completion_id, (select count(*) from item_progress p join course_item i"
                    + " on i.id = p.item_id where p.enrolment_id = r.id and i.required),"
                    + " (select count(*) from course_item i where i.course_id = r.course_id"
                    + " and i.required) from mine_rows r"
                    + where
                    + " order by r.mandatory desc, (r.training_status = 'OVERDUE') desc,"
                    + " r.due_at nulls last, lower(r.title), r.id offset "
                    + page.offset()
                    + " limit "
                    + page.limit()),
            status);
    Query count =
        bind(em.createNativeQuery(MINE + "select count(*) from mine_rows" + where), status);
    @SuppressWarnings("unchecked")
    List<Object[]> found = rows.getResultList();
    List<MyEnrolmentView> views = new ArrayList<>(found.size());
    for (Object[] row : found) {
      EnrolmentStatus enrolmentStatus = EnrolmentStatus.valueOf(string(row[4]));
      long done = longValue(row[12]);
      long required = longValue(row[13]);
      int progress =
          enrolmentStatus == EnrolmentStatus.COMPLETED
              ? 100
              : required == 0 ? 0 : (int) Math.min(100, done * 100 / required);
      views.add(
          new MyEnrolmentView(
              longValue(row[0]),
              longValue(row[1]),
              string(row[2]),
              EnrolmentOrigin.valueOf(string(row[3])),
              enrolmentStatus,
              instant(row[5]),
              instant(row[6]),
              bool(row[7]),
              TrainingStatus.valueOf(string(row[8])),
              progress,
              instant(row[9]),
              instant(row[10]),
              nullableLong(row[11])));
    }
    return new Page<>(views, longValue(count.getSingleResult()), page.offset());
  }

  /**
   * The mandatory courses of everyone below the caller in the reporting line, overdue first; an
   * empty page for people without reports.
   *
   * @param status only this training status, or null
   */
  public Page<TeamTrainingView> team(TrainingStatus status, PageRequest page) {
    String where = status == null ? "" : " where training_status = ?3";
    Query rows =
        bind(
            em.createNativeQuery(
                TEAM_ROWS
                    + "select r.username, r.display_name, r.course_id, r.title, r.due_at,"
                    + " r.training_status, r.done_at, r.valid_until, r.enrolment_id"
                    + " from team_rows r"
                    + where
                    + " order by (r.training_status = 'OVERDUE') desc,"
                    + " (r.training_status = 'EXPIRED') desc, lower(r.display_name), r.username,"
                    + " lower(r.title), r.course_id offset "
                    + page.offset()
                    + " limit "
                    + page.limit()),
            status);
    Query count =
        bind(em.createNativeQuery(TEAM_ROWS + "select count(*) from team_rows" + where), status);
    @SuppressWarnings("unchecked")
    List<Object[]> found = rows.getResultList();
    List<TeamTrainingView> views = new ArrayList<>(found.size());
    for (Object[] row : found) {
      views.add(
          new TeamTrainingView(
              string(row[0]),
              string(row[1]),
              longValue(row[2]),
              string(row[3]),
              instant(row[4]),
              TrainingStatus.valueOf(string(row[5])),
              instant(row[6]),
              instant(row[7]),
              nullableLong(row[8])));
    }
    return new Page<>(views, longValue(count.getSingleResult()), page.offset());
  }

  /** Whether the caller has anybody below them in the reporting line. */
  public boolean hasTeam() {
    return !em.createNativeQuery(
            "select 1 from staff_member s where s.manager_username = ?1 and s.active limit 1")
        .setParameter(1, gate.caller())
        .getResultList()
        .isEmpty();
  }

  /** Forms list at most this many courses or people. */
  public static final int MAX_CHOICES = 500;

  /**
   * Published courses the caller may enrol people on, by title: all of them for HR, those in the
   * caller's audience for others.
   */
  public List<CourseChoice> coursesToOffer() {
    String audience =
        gate.callerIsHr()
            ? ""
            : " and (not exists (select 1 from course_audience_department d"
                + " where d.course_id = c.id) or exists (select 1 from course_audience_department d"
                + " where d.course_id = c.id and d.department = ?1))";
    Query query =
        em.createNativeQuery(
            "select c.id, c.title from course c where c.status = 'PUBLISHED'"
                + audience
                + " order by lower(c.title), c.id limit "
                + MAX_CHOICES);
    if (!audience.isEmpty()) {
      query.setParameter(1, gate.callerDepartment());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(r -> new CourseChoice(longValue(r[0]), string(r[1]))).toList();
  }

  /** Active people below the caller in the reporting line, by name. */
  public List<PersonChoice> teamMembers() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                Enrolments.TEAM
                    + "select s.username, s.display_name from team t join staff_member s"
                    + " on s.username = t.username where s.active"
                    + " order by lower(s.display_name), s.username limit "
                    + MAX_CHOICES)
            .setParameter(1, gate.caller())
            .getResultList();
    return rows.stream().map(r -> new PersonChoice(string(r[0]), string(r[1]))).toList();
  }

  private Query bind(Query query, TrainingStatus status) {
    query.setParameter(1, gate.caller()).setParameter(2, timestamp(Instant.now()));
    if (status != null) {
      query.setParameter(3, status.name());
    }
    return query;
  }
}
