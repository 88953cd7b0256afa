package org.learningcommons.article;

import java.time.Instant;

/**
 * A published article as a feed shows it.
 *
 * @param bodyHtml sanitised HTML
 * @param updated the later of publication and the last verification
 */
public record ArticleFeedEntry(
    long id,
    String title,
    String bodyHtml,
    String summary,
    String authorName,
    String category,
    Instant published,
    Instant updated) {}
