package org.learningcommons.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An article in a list.
 *
 * @param excerpt the start of the plain text
 * @param badge null while not published
 */
public record ArticleSummary(
    long id,
    String title,
    String excerpt,
    String category,
    List<String> tags,
    ArticleStatus status,
    String owner,
    String ownerName,
    Instant publishedAt,
    Instant updatedAt,
    Instant reviewBy,
    ReviewBadge badge,
    int helpfulCount,
    int commentCount)
    implements Serializable {}
