package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A post as the caller may see it. The body of a hidden post is given to moderators only, that of a
 * deleted post to nobody ({@code body} is null then).
 */
public record PostView(
    long id,
    Long parentId,
    String author,
    String authorName,
    String body,
    Instant createdAt,
    Instant editedAt,
    PostStatus status,
    int likeCount,
    boolean likedByMe,
    boolean mine,
    boolean fresh,
    boolean accepted,
    List<AttachmentView> attachments,
    List<PostView> replies)
    implements Serializable {

  public boolean edited() {
    return editedAt != null;
  }

  public boolean visible() {
    return status == PostStatus.VISIBLE;
  }

  public boolean hidden() {
    return status == PostStatus.HIDDEN;
  }

  public boolean deleted() {
    return status == PostStatus.DELETED;
  }
}
