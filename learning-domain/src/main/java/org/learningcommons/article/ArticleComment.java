package org.learningcommons.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** What a reader says under a published article; the body is sanitised HTML. */
@Entity
@Table(name = "article_comment")
public class ArticleComment {

  public static final int MAX_BODY = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private long articleId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ArticleComment() {}

  public ArticleComment(Article article, String author, String body, Instant now) {
    if (!article.isPublished()) {
      throw new ArticleStateException(
          article.getStatus(), "Comments are taken on published articles only");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("comment must not be blank");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("comment is longer than " + MAX_BODY + " characters");
    }
    this.articleId = Objects.requireNonNull(article.getId());
    this.author = Objects.requireNonNull(author);
    this.body = body;
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public long getArticleId() {
    return articleId;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
