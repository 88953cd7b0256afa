package org.learningcommons.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of an iCalendar document: a classroom session (with start, end and place) or a due date
 * (a whole day).
 *
 * @param uid stable for the session or enrolment, so calendars update the event instead of adding
 *     another
 * @param organizerName the trainer's name; with {@code organizerMail} the ORGANIZER, when known
 * @param url the page the event is about
 */
public record CalendarEntry(
    String uid,
    String summary,
    Instant startsAt,
    Instant endsAt,
    LocalDate day,
    String location,
    String organizerName,
    String organizerMail,
    String description,
    String url,
    boolean cancelled,
    long sequence) {

  /** A classroom session. */
  public static CalendarEntry session(
      String uid,
      String summary,
      Instant startsAt,
      Instant endsAt,
      String location,
      String organizerName,
      String organizerMail,
      String url,
      boolean cancelled,
      long sequence) {
    return new CalendarEntry(
        uid,
        summary,
        startsAt,
        endsAt,
        null,
        location,
        organizerName,
        organizerMail,
        null,
        url,
        cancelled,
        sequence);
  }

  /** A due date, as an all-day event. */
  public static CalendarEntry dueDate(String uid, String summary, LocalDate day, String url) {
    return new CalendarEntry(uid, summary, null, null, day, null, null, null, null, url, false, 0);
  }

  public boolean isAllDay() {
    return day != null;
  }
}
