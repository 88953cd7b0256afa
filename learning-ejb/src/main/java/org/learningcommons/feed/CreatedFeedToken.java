package org.learningcommons.feed;

import java.io.Serializable;
import java.time.Instant;

/**
 * A feed token just created, with the token itself: the only time anybody sees it (only its hash is
 * stored).
 */
public record CreatedFeedToken(long id, String name, Instant createdAt, String token)
    implements Serializable {

  @Override
  public String toString() {
    // Keeps the secret out of logs that print the record.
    return "CreatedFeedToken[id=" + id + ", name=" + name + ", createdAt=" + createdAt + "]";
  }
}
