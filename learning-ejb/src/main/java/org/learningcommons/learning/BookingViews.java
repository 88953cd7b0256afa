package org.learningcommons.learning;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A booking as the sign-up and attendance answers show it, with its waiting-list position. */
final class BookingViews {

  private BookingViews() {}

  static BookingView of(
      EntityManager em, LearningGate gate, SessionBooking booking, String username) {
    Integer position = null;
    if (booking.getStatus() == BookingStatus.WAITLISTED) {
      position =
          em.createQuery(
                  "select count(b) from SessionBooking b where b.sessionId = :session"
                      + " and b.status = org.learningcommons.learning.BookingStatus.WAITLISTED"
                      + " and (b.requestedAt < :at or (b.requestedAt = :at and b.id <= :id))",
                  Long.class)
              .setParameter("session", booking.getSessionId())
              .setParameter("at", booking.getRequestedAt())
              .setParameter("id", booking.getId())
              .getSingleResult()
              .intValue();
    }
    return new BookingView(
        booking.getId(),
        booking.getSessionId(),
        username,
        gate.names(List.of(username)).getOrDefault(username, username),
        booking.getStatus(),
        position,
        booking.getRequestedAt(),
        booking.getBookedAt(),
        booking.getMarkedAt(),
        booking.getCompletionId());
  }
}
