package org.learningcommons.feed;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the caller's feed tokens as their list shows it: never the token itself.
 *
 * @param lastUsedAt when a feed was last read with it, to the minute; null if never
 */
public record FeedTokenView(long id, String name, Instant createdAt, Instant lastUsedAt)
    implements Serializable {}
