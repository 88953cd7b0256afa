package org.learningcommons.discussion.api;

import jakarta.ejb.EJBException;
import java.util.function.LongSupplier;

/**
 * Two submissions with one requestId that arrive at the same moment both pass the use case's "was
 * this posted already?" check; the database's unique index lets one of them win and the other
 * fails. Asking again, in a new transaction, finds the winner, so both callers get the same post.
 */
final class Idempotent {

  private Idempotent() {}

  static long post(String requestId, LongSupplier action) {
    try {
      return action.getAsLong();
    } catch (EJBException lostTheRace) {
      if (requestId == null || requestId.isBlank()) {
        throw lostTheRace;
      }
      return action.getAsLong();
    }
  }
}
