package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;

/** One row of a community's thread list. */
public record ThreadSummary(
    long id,
    String title,
    ThreadKind kind,
    String author,
    String authorName,
    boolean pinned,
    boolean locked,
    boolean hidden,
    boolean answered,
    int replyCount,
    Instant createdAt,
    Instant lastActivityAt,
    boolean unread)
    implements Serializable {}
