package org.learningcommons.article;

/** Where an article is in its flow. Stored by name: never rename a constant. */
public enum ArticleStatus {
  /** Being written; only its author, its owner and editors see it. */
  DRAFT,
  /** Submitted; waiting for an editor to approve it or return it with a comment. */
  IN_REVIEW,
  /** Approved: every member of staff reads it. */
  PUBLISHED
}
