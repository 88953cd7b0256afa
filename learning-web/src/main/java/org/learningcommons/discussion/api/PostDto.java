package org.learningcommons.discussion.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.discussion.PostView;

/**
 * A post. {@code body} is sanitised HTML, safe to render as it is; it is missing for a deleted post
 * and, except for moderators, a hidden one. {@code replies} holds the nested replies of a top-level
 * reply (one level deep) and is empty elsewhere.
 */
public record PostDto(
    long id,
    Long parentId,
    String author,
    String authorName,
    String body,
    Instant createdAt,
    Instant editedAt,
    String status,
    int likeCount,
    boolean likedByMe,
    boolean accepted,
    List<AttachmentDto> attachments,
    List<PostDto> replies) {

  /** A file of a post; its content is at {@code href} (same origin, signed in). */
  public record AttachmentDto(
      long id, String fileName, String contentType, long sizeBytes, String href) {

    static AttachmentDto of(AttachmentView a) {
      return new AttachmentDto(
          a.id(), a.fileName(), a.contentType(), a.sizeBytes(), "/attachments/" + a.id());
    }
  }

  static PostDto of(PostView p) {
    return new PostDto(
        p.id(),
        p.parentId(),
        p.author(),
        p.authorName(),
        p.body(),
        p.createdAt(),
        p.editedAt(),
        p.status().name(),
        p.likeCount(),
        p.likedByMe(),
        p.accepted(),
        p.attachments().stream().map(AttachmentDto::of).toList(),
        p.replies().stream().map(PostDto::of).toList());
  }
}
