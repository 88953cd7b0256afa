package org.learningcommons.article.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.article.ArticleView;

/**
 * An article as the caller sees it.
 *
 * @param body sanitised HTML
 * @param badge VERIFIED or NEEDS_REVIEW; missing while not published
 * @param returnComment why an editor returned it; only for its author, owner and editors
 * @param openFlags out-of-date flags waiting for the owner; 0 for other readers
 * @param revisionStatus DRAFT or IN_REVIEW while a revision of a published article is on its way
 *     (author, owner and editors only), with {@code revisionTitle} and {@code revisionBody}
 */
public record ArticleDto(
    long id,
    String title,
    String body,
    String category,
    List<String> tags,
    String status,
    String author,
    String authorName,
    String owner,
    String ownerName,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    Instant verifiedAt,
    Instant reviewBy,
    String badge,
    int helpfulCount,
    boolean helpfulToMe,
    int commentCount,
    int versionCount,
    String returnComment,
    int openFlags,
    String revisionStatus,
    String revisionTitle,
    String revisionBody) {

  static ArticleDto of(ArticleView v) {
    return new ArticleDto(
        v.id(),
        v.title(),
        v.body(),
        v.category(),
        v.tags(),
        v.status().name(),
        v.author(),
        v.authorName(),
        v.owner(),
        v.ownerName(),
        v.createdAt(),
        v.updatedAt(),
        v.publishedAt(),
        v.verifiedAt(),
        v.reviewBy(),
        v.badge() == null ? null : v.badge().name(),
        v.helpfulCount(),
        v.helpfulToMe(),
        v.commentCount(),
        v.versionCount(),
        v.returnComment(),
        v.openFlags(),
        v.revisionStatus() == null ? null : v.revisionStatus().name(),
        v.revisionTitle(),
        v.revisionBody());
  }
}
