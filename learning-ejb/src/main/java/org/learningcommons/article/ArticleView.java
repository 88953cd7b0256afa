package org.learningcommons.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An article as the caller sees it, with what the caller may do to it.
 *
 * @param body sanitised HTML
 * @param badge null while not published
 * @param openFlags out-of-date flags waiting for the owner; 0 for readers who may not see them
 * @param revisionStatus DRAFT or IN_REVIEW while a revision of the published text is on its way
 *     (null otherwise, and for readers who may not see it), with its title and body
 */
public record ArticleView(
    long id,
    String title,
    String body,
    String category,
    List<String> tags,
    ArticleStatus status,
    String author,
    String authorName,
    String owner,
    String ownerName,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    Instant verifiedAt,
    Instant reviewBy,
    ReviewBadge badge,
    int helpfulCount,
    boolean helpfulToMe,
    int commentCount,
    int versionCount,
    String returnComment,
    int openFlags,
    ArticleStatus revisionStatus,
    String revisionTitle,
    String revisionBody,
    Permissions may)
    implements Serializable {

  /** What the caller may do now. */
  public record Permissions(
      boolean edit,
      boolean submit,
      boolean approve,
      boolean returnToAuthor,
      boolean reverify,
      boolean handOver,
      boolean seeFlags)
      implements Serializable {}
}
