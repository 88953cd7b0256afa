package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;

/** An open report in a moderation queue, with what the moderator needs to decide. */
public record ReportView(
    long id,
    long postId,
    long threadId,
    String threadTitle,
    long communityId,
    String communityName,
    String postAuthor,
    String postBody,
    PostStatus postStatus,
    String reporter,
    String reason,
    Instant reportedAt)
    implements Serializable {}
