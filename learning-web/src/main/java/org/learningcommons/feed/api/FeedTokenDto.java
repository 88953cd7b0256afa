package org.learningcommons.feed.api;

import java.time.Instant;
import org.learningcommons.feed.CreatedFeedToken;
import org.learningcommons.feed.FeedTokenView;

/**
 * A feed token. {@code token} and {@code announcementsFeed} (the feed's URL with the token) are
 * only present in the answer that created it: the token is never shown again.
 */
public record FeedTokenDto(
    long id,
    String name,
    Instant createdAt,
    Instant lastUsedAt,
    String token,
    String announcementsFeed) {

  static FeedTokenDto of(FeedTokenView view) {
    return new FeedTokenDto(
        view.id(), view.name(), view.createdAt(), view.lastUsedAt(), null, null);
  }

  static FeedTokenDto created(CreatedFeedToken created, String announcementsFeed) {
    return new FeedTokenDto(
        created.id(),
        created.name(),
        created.createdAt(),
        null,
        created.token(),
        announcementsFeed);
  }
}
