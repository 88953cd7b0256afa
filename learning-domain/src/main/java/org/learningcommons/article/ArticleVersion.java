package org.learningcommons.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * The text of an article as it was submitted for review, numbered from 1. Written once, never
 * changed: the history and its diffs are made of these.
 */
@Entity
@Table(
    name = "article_version",
    uniqueConstraints = @UniqueConstraint(columnNames = {"article_id", "number"}))
public class ArticleVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private long articleId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, length = Article.MAX_TITLE)
  private String title;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "body_text", nullable = false, updatable = false)
  private String bodyText;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ArticleVersion() {}

  /** The text being submitted (a draft's, or a revision's), as version {@code number}. */
  public ArticleVersion(Article article, int number, String submittedBy, Instant now) {
    this.articleId = Objects.requireNonNull(article.getId());
    this.number = number;
    this.title = article.getWorkingTitle();
    this.body = article.getWorkingBody();
    this.bodyText = article.getWorkingBodyText();
    this.createdBy = Objects.requireNonNull(submittedBy);
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public long getArticleId() {
    return articleId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
