package org.learningcommons.article;

import java.io.Serializable;
import java.time.Instant;

/** An open out-of-date flag, as the owner and editors see it. */
public record FlagView(
    long id, String flaggedBy, String flaggedByName, String reason, Instant createdAt)
    implements Serializable {}
