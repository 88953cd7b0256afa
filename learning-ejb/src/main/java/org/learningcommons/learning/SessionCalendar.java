package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.people.Role;

/**
 * Calendars of classroom learning: the invitation to a session (for everyone who may see its
 * course) and the caller's personal calendar feed with their booked sessions and the due dates of
 * their open enrolments. Event ids are stable (one per session, one per enrolment), so calendar
 * applications update events instead of adding them again.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class SessionCalendar {

  /** Sessions this long past stay in the feed, so that the calendar keeps recent history. */
  static final Duration HISTORY = Duration.ofDays(180);

  /** At most this many sessions and this many due dates go into a feed. */
  static final int MAX_EVENTS = 500;

  private static final String SESSION =
      """
      select s.id, s.course_id, c.title, s.starts_at, s.ends_at, s.place,
        coalesce(t.display_name, s.trainer), t.email, s.status, s.version
      from classroom_session s
      join course c on c.id = s.course_id
      left join staff_member t on t.username = s.trainer
      """;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @Inject MailSettings settings;

  /** The invitation (or, for a cancelled session, the cancellation) as iCalendar; else 404. */
  public String invitation(long sessionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SESSION + " where s.id = ?1")
            .setParameter(1, sessionId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("session", sessionId);
    }
    gate.course(longValue(rows.get(0)[1]));
    return IcsDocuments.invitation(entry(rows.get(0)));
  }

  /**
   * The caller's calendar: sessions they have a place on (and, so that calendars drop them,
   * sessions cancelled while they were booked), and the due dates of their open enrolments.
   */
  public String feed() {
    String me = gate.caller();
    @SuppressWarnings("unchecked")
    List<Object[]> sessions =
        em.createNativeQuery(
                SESSION
                    + """
                    join session_booking b on b.session_id = s.id and b.username = ?1
                    where s.ends_at >= ?2 and (b.status in ('BOOKED', 'ATTENDED')
                      or (s.status = 'CANCELLED' and b.cancelled_at = s.cancelled_at))
                    order by s.starts_at, s.id
                    """)
            .setParameter(1, me)
            .setParameter(2, timestamp(Instant.now().minus(HISTORY)))
            .setMaxResults(MAX_EVENTS)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "select e.id, e.course_id, c.title, e.due_at from enrolment e"
                    + " join course c on c.id = e.course_id"
                    + " where e.username = ?1 and e.status = 'ACTIVE' and e.due_at is not null"
                    + " order by e.due_at, e.id")
            .setParameter(1, me)
            .setMaxResults(MAX_EVENTS)
            .getResultList();
    List<CalendarEntry> entries = new ArrayList<>();
    for (Object[] row : sessions) {
      entries.add(entry(row));
    }
    ZoneId zone = Certificates.zone();
    for (Object[] row : due) {
      entries.add(
          CalendarEntry.dueDate(
              "due-" + longValue(row[0]) + "@" + host(),
              "Due: " + string(row[2]),
              instant(row[3]).atZone(zone).toLocalDate(),
              settings.baseUrl() + "/learning/course.xhtml?id=" + longValue(row[1])));
    }
    return IcsDocuments.feed("Learning Commons", entries);
  }

  private CalendarEntry entry(Object[] r) {
    long id = longValue(r[0]);
    long courseId = longValue(r[1]);
    return CalendarEntry.session(
        "session-" + id + "@" + host(),
        string(r[2]),
        instant(r[3]),
        instant(r[4]),
        string(r[5]),
        string(r[6]),
        string(r[7]),
        settings.baseUrl() + ClassroomSessions.link(courseId, id),
        SessionStatus.CANCELLED.name().equals(string(r[8])),
        longValue(r[9]));
  }

  /** The installation's host name, which makes event ids unique across calendars. */
  private String host() {
    String host = URI.create(settings.baseUrl()).getHost();
    return host == null ? "learning-commons" : host;
  }
}
