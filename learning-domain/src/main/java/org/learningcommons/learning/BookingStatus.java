package org.learningcommons.learning;

/** Where a person stands on a classroom session. */
public enum BookingStatus {
  /** Has a place. */
  BOOKED,
  /** Waits for a place; the first in line gets the next one that comes free. */
  WAITLISTED,
  /** Gave up the place or the waiting-list entry, or the session was cancelled. */
  CANCELLED,
  /** The trainer marked them present; the course is completed. */
  ATTENDED,
  /** The trainer marked them absent. */
  ABSENT;

  /** Booked or waiting: the booking still holds or waits for a place. */
  public boolean isOpen() {
    return this == BOOKED || this == WAITLISTED;
  }
}
