package org.learningcommons.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A reader's warning that a published article is out of date, with the reason. Open until the owner
 * verifies the article again, which resolves every open flag.
 */
@Entity
@Table(name = "article_flag")
public class ArticleFlag {

  public static final int MAX_REASON = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private long articleId;

  @Column(name = "flagged_by", nullable = false, updatable = false)
  private String flaggedBy;

  @Column(nullable = false, updatable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  protected ArticleFlag() {}

  public ArticleFlag(Article article, String flaggedBy, String reason, Instant now) {
    if (!article.isPublished()) {
      throw new ArticleStateException(
          article.getStatus(), "Only a published article is flagged as out of date");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say what is out of date");
    }
    String stripped = reason.strip();
    if (stripped.length() > MAX_REASON) {
      throw new IllegalArgumentException("reason is longer than " + MAX_REASON + " characters");
    }
    this.articleId = Objects.requireNonNull(article.getId());
    this.flaggedBy = Objects.requireNonNull(flaggedBy);
    this.reason = stripped;
    this.createdAt = Objects.requireNonNull(now);
  }

  /** The owner dealt with it; a second resolution changes nothing. */
  public void resolve(String by, Instant now) {
    if (resolvedAt == null) {
      resolvedAt = Objects.requireNonNull(now);
      resolvedBy = Objects.requireNonNull(by);
    }
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getArticleId() {
    return articleId;
  }

  public String getFlaggedBy() {
    return flaggedBy;
  }

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }
}
