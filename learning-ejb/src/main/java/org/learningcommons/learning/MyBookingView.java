package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the caller's bookings, with its session and course.
 *
 * @param waitlistPosition 1 for the first in line, when waiting; otherwise null
 */
public record MyBookingView(
    long sessionId,
    long courseId,
    String courseTitle,
    Instant startsAt,
    Instant endsAt,
    String place,
    SessionStatus sessionStatus,
    BookingStatus status,
    Integer waitlistPosition,
    Long completionId)
    implements Serializable {}
