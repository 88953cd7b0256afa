package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A thread page: the thread, its opening post, one page of top-level replies (each with its nested
 * replies), the caller's read marker and what the caller may do.
 */
public record ThreadView(
    long id,
    long communityId,
    String communityName,
    String title,
    ThreadKind kind,
    String author,
    String authorName,
    boolean pinned,
    boolean locked,
    boolean hidden,
    Long acceptedPostId,
    Instant createdAt,
    int replyCount,
    PostView opening,
    List<PostView> replies,
    int page,
    int pageCount,
    Instant lastReadAt,
    boolean following,
    boolean canReply,
    boolean canModerate,
    boolean canAccept,
    boolean archived)
    implements Serializable {

  public boolean question() {
    return kind == ThreadKind.QUESTION;
  }
}
