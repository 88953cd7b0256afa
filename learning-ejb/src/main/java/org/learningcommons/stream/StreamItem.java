package org.learningcommons.stream;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the home stream; {@code excerpt} is plain text. */
public record StreamItem(
    long id,
    String kind,
    long communityId,
    String communityName,
    long threadId,
    String threadTitle,
    long postId,
    String actor,
    String actorName,
    String excerpt,
    Instant occurredAt)
    implements Serializable {}
