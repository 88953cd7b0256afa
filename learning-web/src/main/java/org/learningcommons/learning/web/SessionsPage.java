package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.BookingStatus;
import org.learningcommons.learning.BookingView;
import org.learningcommons.learning.ClassroomSessions;
import org.learningcommons.learning.Course;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.learning.SessionAttendance;
import org.learningcommons.learning.SessionConflictException;
import org.learningcommons.learning.SessionDraft;
import org.learningcommons.learning.SessionListings;
import org.learningcommons.learning.SessionView;
import org.learningcommons.learning.SignUpOutcome;

/**
 * The classroom sessions of a course: places left, signing up and cancelling, the waiting-list
 * position; for the owner and HR the schedule form and cancellation; for the trainer and HR the
 * bookings of a session with attendance buttons. The EJBs decide; buttons follow the views' flags.
 */
@Named
@ViewScoped
public class SessionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB LearningGate gate;
  @EJB ClassroomSessions sessions;
  @EJB SessionAttendance attendance;
  @EJB SessionListings listings;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;
  @Inject CurrentUser user;

  private String course;
  private long courseId;
  private String courseTitle;
  private boolean mayManage;
  private PagedDataModel<SessionView> list;
  private SessionView selected;
  private PagedDataModel<BookingView> bookings;

  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;
  private String trainer;
  private Integer capacity = 12;

  public void load() {
    Long id = Refusals.id(course);
    if (id == null) {
      refusals.notFound();
      return;
    }
    try {
      Course found = gate.course(id);
      courseId = id;
      courseTitle = found.getTitle();
      mayManage = gate.mayManage(found);
    } catch (NotFoundException e) {
      refusals.notFound();
      return;
    }
    list =
        new PagedDataModel<>(
            () -> listings.countSessionsOfCourse(courseId),
            page -> listings.sessionsOfCourse(courseId, page));
  }

  public void signUp(long sessionId) {
    SignUpOutcome[] outcome = new SignUpOutcome[1];
    if (attempt(() -> outcome[0] = sessions.signUp(sessionId))) {
      BookingView booking = outcome[0].booking();
      if (booking.status() == BookingStatus.BOOKED) {
        messages.info("session.signedUp");
      } else {
        messages.info("session.waitlisted", booking.waitlistPosition());
      }
    }
  }

  public void cancelBooking(long sessionId) {
    if (attempt(() -> sessions.cancelMyBooking(sessionId))) {
      messages.info("session.bookingCancelled");
    }
  }

  public void schedule() {
    if (attempt(
        () ->
            sessions.schedule(
                courseId,
                new SessionDraft(
                    instant(startsAt),
                    instant(endsAt),
                    place,
                    trainer,
                    capacity == null ? 0 : capacity)))) {
      messages.info("session.scheduled");
      startsAt = null;
      endsAt = null;
      place = null;
    }
  }

  public void cancelSession(long sessionId) {
    if (attempt(() -> sessions.cancel(sessionId))) {
      messages.info("session.cancelled");
      if (selected != null && selected.id() == sessionId) {
        selected = null;
      }
    }
  }

  /** Opens the bookings of a session (owner, trainer, HR) below the list. */
  public void showBookings(long sessionId) {
    if (attempt(() -> selected = listings.session(sessionId))) {
      long id = sessionId;
      bookings =
          new PagedDataModel<>(
              () -> listings.countBookings(id), page -> listings.bookings(id, page));
    }
  }

  public void mark(String username, boolean attended) {
    if (selected == null) {
      return;
    }
    if (attempt(() -> attendance.mark(selected.id(), username, attended))) {
      messages.info(attended ? "session.markedAttended" : "session.markedAbsent");
    }
  }

  public boolean hasStarted(SessionView session) {
    return session.hasStarted(Instant.now());
  }

  /** Whether the caller may still sign up for the session (before it starts, if not on it). */
  public boolean maySignUp(SessionView session) {
    return !session.isCancelled()
        && !hasStarted(session)
        && (session.myStatus() == null || session.myStatus() == BookingStatus.CANCELLED);
  }

  public boolean mayCancelBooking(SessionView session) {
    return session.isMine() && !session.isCancelled() && !hasStarted(session);
  }

  public boolean mayCancelSession(SessionView session) {
    return session.mayManage() && !session.isCancelled() && !hasStarted(session);
  }

  public boolean maySeeBookings(SessionView session) {
    return session.mayManage() || session.mayMarkAttendance();
  }

  public boolean mayMark(BookingView booking) {
    return selected != null
        && selected.mayMarkAttendance()
        && !selected.isCancelled()
        && hasStarted(selected)
        && (booking.status() == BookingStatus.BOOKED || booking.status() == BookingStatus.ABSENT);
  }

  private boolean attempt(Refusals.Call call) {
    try {
      return refusals.attempt(
          call,
          Map.of(
              "plan", "scheduleForm:startsAt",
              "trainer", "scheduleForm:trainer"));
    } catch (SessionConflictException e) {
      messages.error(e.key());
      return false;
    }
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(locale.getZone()).toInstant();
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public PagedDataModel<SessionView> getList() {
    return list;
  }

  public SessionView getSelected() {
    return selected;
  }

  public PagedDataModel<BookingView> getBookings() {
    return bookings;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getUser() {
    return user.getUsername();
  }
}
