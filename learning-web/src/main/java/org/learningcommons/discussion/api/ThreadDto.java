package org.learningcommons.discussion.api;

import java.time.Instant;
import org.learningcommons.discussion.ThreadView;

/** A thread with its opening post; its replies are at {@code /threads/{id}/replies}. */
public record ThreadDto(
    long id,
    long communityId,
    String communityName,
    String title,
    String kind,
    String author,
    String authorName,
    boolean pinned,
    boolean locked,
    Long acceptedPostId,
    Instant createdAt,
    int replyCount,
    int replyPages,
    boolean canReply,
    boolean canModerate,
    PostDto opening) {

  static ThreadDto of(ThreadView t) {
    return new ThreadDto(
        t.id(),
        t.communityId(),
        t.communityName(),
        t.title(),
        t.kind().name(),
        t.author(),
        t.authorName(),
        t.pinned(),
        t.locked(),
        t.acceptedPostId(),
        t.createdAt(),
        t.replyCount(),
        t.pageCount(),
        t.canReply(),
        t.canModerate(),
        PostDto.of(t.opening()));
  }
}
