package org.learningcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The text a post had before an edit. Written once, never changed. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(length = DiscussionThread.MAX_TITLE, updatable = false)
  private String title;

  @Column(name = "edited_by", nullable = false, updatable = false)
  private String editedBy;

  @Column(name = "edited_at", nullable = false, updatable = false)
  private Instant editedAt;

  protected PostRevision() {}

  /** Keeps {@code previousBody} (and the thread's previous title for an opening post). */
  public PostRevision(
      long postId, String previousBody, String previousTitle, String editedBy, Instant editedAt) {
    this.postId = postId;
    this.body = Objects.requireNonNull(previousBody);
    this.title = previousTitle;
    this.editedBy = Objects.requireNonNull(editedBy);
    this.editedAt = Objects.requireNonNull(editedAt);
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public String getBody() {
    return body;
  }

  public String getTitle() {
    return title;
  }

  public String getEditedBy() {
    return editedBy;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
