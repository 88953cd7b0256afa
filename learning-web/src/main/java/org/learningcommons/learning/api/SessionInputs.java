package org.learningcommons.learning.api;

import java.time.Instant;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.learning.ClassroomSession;
import org.learningcommons.learning.SessionDraft;
import org.learningcommons.people.Usernames;

/** The request bodies of the session API, each checking itself. */
public final class SessionInputs {

  private SessionInputs() {}

  /** The body of {@code POST /courses/{id}/sessions} and {@code PUT /sessions/{id}}. */
  public record SessionInput(
      Instant startsAt, Instant endsAt, String place, String trainer, Integer capacity) {

    SessionDraft checkedDraft() {
      InvalidInputException.check()
          .rule(
              startsAt == null, "startsAt", "is required (an instant such as 2026-05-04T08:00:00Z)")
          .rule(endsAt == null, "endsAt", "is required (an instant such as 2026-05-04T12:00:00Z)")
          .required("place", place, ClassroomSession.MAX_PLACE)
          .required("trainer", trainer, Usernames.MAX_LENGTH)
          .rule(
              capacity == null || capacity < 1 || capacity > ClassroomSession.MAX_CAPACITY,
              "capacity",
              "must be between 1 and " + ClassroomSession.MAX_CAPACITY)
          .done();
      return new SessionDraft(startsAt, endsAt, place, trainer, capacity);
    }
  }

  /** The body of {@code PUT /sessions/{id}/bookings/{username}/attendance}. */
  public record AttendanceInput(Boolean attended) {

    boolean checked() {
      InvalidInputException.check()
          .rule(attended == null, "attended", "is required: true or false")
          .done();
      return attended;
    }
  }

  /** A new session's id, with its Location header. */
  public record CreatedSessionDto(long id) {}
}
