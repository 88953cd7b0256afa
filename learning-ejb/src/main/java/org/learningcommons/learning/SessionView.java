package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * A classroom session as a list or page shows it, with the places taken and the caller's own
 * booking.
 *
 * @param taken places booked (and, after the session, attended or absent)
 * @param waiting people on the waiting list
 * @param seatsLeft places still free
 * @param myStatus the caller's booking, or null
 * @param myWaitlistPosition 1 for the first in line, when the caller is waiting
 * @param mayManage the caller may change or cancel it and see the bookings (owner, HR)
 * @param mayMarkAttendance the caller is its trainer, or HR
 */
public record SessionView(
    long id,
    long courseId,
    String courseTitle,
    Instant startsAt,
    Instant endsAt,
    String place,
    String trainer,
    String trainerName,
    int capacity,
    int taken,
    int waiting,
    int seatsLeft,
    SessionStatus status,
    BookingStatus myStatus,
    Integer myWaitlistPosition,
    boolean mayManage,
    boolean mayMarkAttendance)
    implements Serializable {

  public boolean isCancelled() {
    return status == SessionStatus.CANCELLED;
  }

  /** Whether the session has started at {@code now}. */
  public boolean hasStarted(Instant now) {
    return !now.isBefore(startsAt);
  }

  /** Whether the caller has an open booking on it (a place or a waiting-list entry). */
  public boolean isMine() {
    return myStatus != null && myStatus.isOpen();
  }
}
