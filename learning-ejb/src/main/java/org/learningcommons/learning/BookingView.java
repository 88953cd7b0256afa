package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's booking on a session, as the trainer's list and the sign-up answer show it.
 *
 * @param waitlistPosition 1 for the first in line, when waiting; otherwise null
 * @param completionId the completion an attendance recorded, or null
 */
public record BookingView(
    long id,
    long sessionId,
    String username,
    String name,
    BookingStatus status,
    Integer waitlistPosition,
    Instant requestedAt,
    Instant bookedAt,
    Instant markedAt,
    Long completionId)
    implements Serializable {}
