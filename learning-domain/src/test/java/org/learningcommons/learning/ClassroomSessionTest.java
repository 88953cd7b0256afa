package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningcommons.learning.LearningFixtures.NOW;
import static org.learningcommons.learning.LearningFixtures.publishedCourse;
import static org.learningcommons.learning.LearningFixtures.withId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassroomSessionTest {

  private static final Instant START = NOW.plus(Duration.ofDays(7));
  private static final Instant END = START.plus(Duration.ofHours(3));

  private static SessionPlan plan(int capacity) {
    return new SessionPlan(START, END, "Room 4.12", "tina", capacity);
  }

  private static ClassroomSession session(int capacity) {
    return withId(new ClassroomSession(publishedCourse(null), plan(capacity), "hannah", NOW), 5L);
  }

  @Test
  void signUpsGetPlacesUntilTheSessionIsFullThenTheWaitingList() {
    ClassroomSession session = session(2);
    List<BookingStatus> places = new ArrayList<>();
    for (int booked = 0; booked < 4; booked++) {
      places.add(session.placeFor(booked));
    }
    assertEquals(
        List.of(
            BookingStatus.BOOKED,
            BookingStatus.BOOKED,
            BookingStatus.WAITLISTED,
            BookingStatus.WAITLISTED),
        places);
    assertEquals(2, session.seatsLeft(0));
    assertEquals(0, session.seatsLeft(3));
  }

  @Test
  void theWaitingListIsFirstComeFirstServed() {
    ClassroomSession session = session(1);
    SessionBooking late =
        withId(
            new SessionBooking(session, "late", BookingStatus.WAITLISTED, NOW.plusSeconds(9)), 3L);
    SessionBooking early =
        withId(
            new SessionBooking(session, "early", BookingStatus.WAITLISTED, NOW.plusSeconds(1)), 9L);
    SessionBooking sameTimeOlder =
        withId(
            new SessionBooking(session, "older", BookingStatus.WAITLISTED, NOW.plusSeconds(9)), 2L);
    List<SessionBooking> line = new ArrayList<>(List.of(late, early, sameTimeOlder));
    line.sort(SessionBooking.WAITLIST_ORDER);
    assertEquals(
        List.of("early", "older", "late"), line.stream().map(b -> b.getUsername()).toList());
  }

  @Test
  void cancellingAPlaceFreesItAndThePromotedPersonIsBooked() {
    ClassroomSession session = session(1);
    SessionBooking booked = new SessionBooking(session, "ann", BookingStatus.BOOKED, NOW);
    SessionBooking waiting = new SessionBooking(session, "ben", BookingStatus.WAITLISTED, NOW);
    assertNull(waiting.getBookedAt());

    assertTrue(booked.cancel(session, NOW.plusSeconds(60)), "a place came free");
    waiting.promote(NOW.plusSeconds(60));

    assertEquals(BookingStatus.CANCELLED, booked.getStatus());
    assertEquals(BookingStatus.BOOKED, waiting.getStatus());
    assertEquals(NOW.plusSeconds(60), waiting.getBookedAt());
  }

  @Test
  void cancellingAWaitingListEntryFreesNoPlace() {
    ClassroomSession session = session(1);
    SessionBooking waiting = new SessionBooking(session, "ben", BookingStatus.WAITLISTED, NOW);
    assertFalse(waiting.cancel(session, NOW));
    assertThrows(SessionStateException.class, () -> waiting.cancel(session, NOW));
  }

  @Test
  void aCancelledBookingReopensAtTheEndOfTheLine() {
    ClassroomSession session = session(1);
    SessionBooking booking = new SessionBooking(session, "ann", BookingStatus.BOOKED, NOW);
    booking.cancel(session, NOW);
    booking.reopen(session, BookingStatus.WAITLISTED, NOW.plusSeconds(5));
    assertEquals(BookingStatus.WAITLISTED, booking.getStatus());
    assertEquals(NOW.plusSeconds(5), booking.getRequestedAt());
    assertThrows(
        SessionStateException.class,
        () -> booking.reopen(session, BookingStatus.BOOKED, NOW.plusSeconds(6)));
  }

  @Test
  void nobodySignsUpOrCancelsOnceTheSessionStarted() {
    ClassroomSession session = session(2);
    SessionBooking booking = new SessionBooking(session, "ann", BookingStatus.BOOKED, NOW);
    SessionStateException late =
        assertThrows(
            SessionStateException.class,
            () -> new SessionBooking(session, "ben", BookingStatus.BOOKED, START));
    assertEquals(SessionStateException.Reason.STARTED, late.reason());
    assertThrows(SessionStateException.class, () -> booking.cancel(session, START.plusSeconds(1)));
  }

  @Test
  void aCancelledSessionTakesNoSignUpsAndNoAttendance() {
    ClassroomSession session = session(2);
    SessionBooking booking = new SessionBooking(session, "ann", BookingStatus.BOOKED, NOW);
    session.cancel(NOW.plusSeconds(1));
    assertEquals(SessionStatus.CANCELLED, session.getStatus());
    assertFalse(session.takesSignUps(NOW.plusSeconds(2)));
    assertTrue(booking.cancel(session, NOW.plusSeconds(2)), "bookings of a cancelled session end");
    SessionStateException refused =
        assertThrows(
            SessionStateException.class,
            () -> booking.mark(session, true, "tina", END.plusSeconds(1)));
    assertEquals(SessionStateException.Reason.CANCELLED, refused.reason());
  }

  @Test
  void attendanceIsMarkedOnlyAfterTheStartAndOnlyForPeopleWithAPlace() {
    ClassroomSession session = session(1);
    SessionBooking booked = new SessionBooking(session, "ann", BookingStatus.BOOKED, NOW);
    SessionBooking waiting = new SessionBooking(session, "ben", BookingStatus.WAITLISTED, NOW);

    SessionStateException early =
        assertThrows(SessionStateException.class, () -> booked.mark(session, true, "tina", NOW));
    assertEquals(SessionStateException.Reason.NOT_STARTED, early.reason());
    assertThrows(
        SessionStateException.class,
        () -> waiting.mark(session, true, "tina", START.plusSeconds(1)));

    assertTrue(booked.mark(session, false, "tina", START.plusSeconds(1)));
    assertEquals(BookingStatus.ABSENT, booked.getStatus());
    assertTrue(booked.mark(session, true, "tina", START.plusSeconds(2)), "absent corrected");
    assertEquals(BookingStatus.ATTENDED, booked.getStatus());
    assertFalse(booked.mark(session, true, "tina", START.plusSeconds(3)), "marked once");
    SessionStateException undo =
        assertThrows(
            SessionStateException.class,
            () -> booked.mark(session, false, "tina", START.plusSeconds(4)));
    assertEquals(SessionStateException.Reason.ATTENDED, undo.reason());
  }

  @Test
  void anAttendanceCountsTheSessionsLengthAndEndsAtTheLatestNow() {
    ClassroomSession session = session(1);
    assertEquals(180, session.minutes());
    assertEquals(END, session.completedAt(END.plusSeconds(60)));
    assertEquals(START.plusSeconds(60), session.completedAt(START.plusSeconds(60)));
  }

  @Test
  void thePlanMustBeSensible() {
    Course course = publishedCourse(null);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClassroomSession(course, new SessionPlan(END, START, "Room", "tina", 5), "h", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClassroomSession(
                course, new SessionPlan(NOW.minusSeconds(60), END, "Room", "tina", 5), "h", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClassroomSession(course, new SessionPlan(START, END, " ", "tina", 5), "h", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClassroomSession(course, new SessionPlan(START, END, "Room", "tina", 0), "h", NOW));
  }

  @Test
  void theCapacityNeverFallsBelowThePlacesTaken() {
    ClassroomSession session = session(3);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> session.reschedule(plan(1), 2, NOW));
    assertTrue(refused.getMessage().contains("2 places"), refused.getMessage());
    session.reschedule(plan(5), 2, NOW);
    assertEquals(5, session.getCapacity());
  }

  @Test
  void aRetiredCourseGetsNoSessions() {
    Course course = publishedCourse(null);
    course.retire(NOW);
    SessionStateException refused =
        assertThrows(
            SessionStateException.class,
            () -> new ClassroomSession(course, plan(2), "hannah", NOW));
    assertEquals(SessionStateException.Reason.COURSE_RETIRED, refused.reason());
  }
}
