package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.nullableLong;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * The lists of classroom sessions: a course's sessions (upcoming first, with places left and the
 * caller's booking), a session's bookings and waiting list (owner, trainer, HR) and the caller's
 * own bookings. Each page is one query, whatever its length.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class SessionListings {

  /** One row per session; ?1 is the caller, ?2 now. Continues with a where clause. */
  private static final String SESSIONS =
      """
      select s.id, s.course_id, c.title, s.starts_at, s.ends_at, s.place, s.trainer,
        coalesce(t.display_name, s.trainer), s.capacity, s.status,
        (select count(*) from session_booking b where b.session_id = s.id
          and b.status in ('BOOKED', 'ATTENDED', 'ABSENT')),
        (select count(*) from session_booking b where b.session_id = s.id
          and b.status = 'WAITLISTED'),
        m.status,
        case when m.status = 'WAITLISTED' then (select count(*) from session_booking w
          where w.session_id = s.id and w.status = 'WAITLISTED'
          and (w.requested_at < m.requested_at
            or (w.requested_at = m.requested_at and w.id <= m.id))) end,
        c.owner
      from classroom_session s
      join course c on c.id = s.course_id
      left join staff_member t on t.username = s.trainer
      left join session_booking m on m.session_id = s.id and m.username = ?1
      """;

  /** Upcoming (not yet ended) sessions first, soonest first; then past ones, latest first. */
  private static final String UPCOMING_FIRST =
      " order by case when s.ends_at >= ?2 then 0 else 1 end,"
          + " case when s.ends_at >= ?2 then s.starts_at end,"
          + " s.starts_at desc, s.id";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;

  /** The sessions of a course the caller may see (404 otherwise), upcoming first. */
  public List<SessionView> sessionsOfCourse(long courseId, PageRequest page) {
    gate.course(courseId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SESSIONS + " where s.course_id = ?3" + UPCOMING_FIRST)
            .setParameter(1, gate.caller())
            .setParameter(2, timestamp(Instant.now()))
            .setParameter(3, courseId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return rows.stream().map(this::session).toList();
  }

  public long countSessionsOfCourse(long courseId) {
    gate.course(courseId);
    return ((Number)
            em.createNativeQuery("select count(*) from classroom_session where course_id = ?1")
                .setParameter(1, courseId)
                .getSingleResult())
        .longValue();
  }

  /** One session of a course the caller may see; 404 otherwise. */
  public SessionView session(long sessionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SESSIONS + " where s.id = ?2")
            .setParameter(1, gate.caller())
            .setParameter(2, sessionId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("session", sessionId);
    }
    SessionView view = session(rows.get(0));
    gate.course(view.courseId());
    return view;
  }

  /**
   * The bookings of a session (owner, trainer, HR): places in the order they were given, then the
   * waiting list in its order with positions, then cancellations.
   */
  public List<BookingView> bookings(long sessionId, PageRequest page) {
    requireMaySeeBookings(sessionId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select b.id, b.session_id, b.username, coalesce(p.display_name, b.username),
                  b.status,
                  case when b.status = 'WAITLISTED' then row_number() over
                    (partition by b.status order by b.requested_at, b.id) end,
                  b.requested_at, b.booked_at, b.marked_at, b.completion_id
                from session_booking b
                left join staff_member p on p.username = b.username
                where b.session_id = ?1
                order by case b.status when 'WAITLISTED' then 1 when 'CANCELLED' then 2 else 0 end,
                  coalesce(b.booked_at, b.requested_at), b.id
                """)
            .setParameter(1, sessionId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new BookingView(
                    longValue(r[0]),
                    longValue(r[1]),
                    string(r[2]),
                    string(r[3]),
                    BookingStatus.valueOf(string(r[4])),
                    r[5] == null ? null : intValue(r[5]),
                    instant(r[6]),
                    instant(r[7]),
                    instant(r[8]),
                    nullableLong(r[9])))
        .toList();
  }

  public long countBookings(long sessionId) {
    requireMaySeeBookings(sessionId);
    return ((Number)
            em.createNativeQuery("select count(*) from session_booking where session_id = ?1")
                .setParameter(1, sessionId)
                .getSingleResult())
        .longValue();
  }

  /** The caller's bookings that are not cancelled, upcoming sessions first. */
  public List<MyBookingView> myBookings(PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select s.id, s.course_id, c.title, s.starts_at, s.ends_at, s.place, s.status,
                  b.status,
                  case when b.status = 'WAITLISTED' then (select count(*) from session_booking w
                    where w.session_id = s.id and w.status = 'WAITLISTED'
                    and (w.requested_at < b.requested_at
                      or (w.requested_at = b.requested_at and w.id <= b.id))) end,
                  b.completion_id
                from session_booking b
                join classroom_session s on s.id = b.session_id
                join course c on c.id = s.course_id
                where b.username = ?1 and b.status <> 'CANCELLED'
                """
                    + UPCOMING_FIRST)
            .setParameter(1, gate.caller())
            .setParameter(2, timestamp(Instant.now()))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new MyBookingView(
                    longValue(r[0]),
                    longValue(r[1]),
                    string(r[2]),
                    instant(r[3]),
                    instant(r[4]),
                    string(r[5]),
                    SessionStatus.valueOf(string(r[6])),
                    BookingStatus.valueOf(string(r[7])),
                    r[8] == null ? null : intValue(r[8]),
                    nullableLong(r[9])))
        .toList();
  }

  public long countMyBookings() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from session_booking where username = ?1"
                        + " and status <> 'CANCELLED'")
                .setParameter(1, gate.caller())
                .getSingleResult())
        .longValue();
  }

  private void requireMaySeeBookings(long sessionId) {
    ClassroomSession session = em.find(ClassroomSession.class, sessionId);
    if (session == null) {
      throw new NotFoundException("session", sessionId);
    }
    Course course = gate.course(session.getCourseId());
    if (!gate.mayManage(course) && !gate.caller().equals(session.getTrainer())) {
      throw new NotPermittedException(
          "refusal.session.bookingsHidden",
          "Only the course's owner, the session's trainer and HR see who booked.");
    }
  }

  private SessionView session(Object[] r) {
    String trainer = string(r[6]);
    boolean hr = gate.callerIsHr();
    String me = gate.caller();
    return new SessionView(
        longValue(r[0]),
        longValue(r[1]),
        string(r[2]),
        instant(r[3]),
        instant(r[4]),
        string(r[5]),
        trainer,
        string(r[7]),
        intValue(r[8]),
        intValue(r[10]),
        intValue(r[11]),
        Math.max(0, intValue(r[8]) - intValue(r[10])),
        SessionStatus.valueOf(string(r[9])),
        r[12] == null ? null : BookingStatus.valueOf(string(r[12])),
        r[13] == null ? null : intValue(r[13]),
        hr || me.equals(string(r[14])),
        hr || me.equals(trainer));
  }
}
