package org.learningcommons.article;

import java.io.Serializable;
import java.time.Instant;

/** A comment under an article; the body is sanitised HTML. */
public record CommentView(long id, String author, String authorName, String body, Instant createdAt)
    implements Serializable {}
