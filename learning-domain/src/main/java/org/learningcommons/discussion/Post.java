package org.learningcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A post in a thread: the opening post, a reply, or a reply to a reply (one level deep). The body
 * is HTML that has already passed the sanitiser; it is never stored unsanitised.
 */
@Entity
@Table(name = "post")
public class Post {

  /** About 200 KB of formatted text: far more than a post needs, far less than a denial. */
  public static final int MAX_BODY = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "thread_id", nullable = false, updatable = false)
  private long threadId;

  @Column(name = "community_id", nullable = false, updatable = false)
  private long communityId;

  @Column(name = "parent_id", updatable = false)
  private Long parentId;

  @Column(nullable = false, updatable = false)
  private boolean opening;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PostStatus status = PostStatus.VISIBLE;

  @Column(name = "like_count", nullable = false)
  private int likeCount;

  @Column(name = "request_id", length = 64, updatable = false)
  private String requestId;

  @Version private long version;

  protected Post() {}

  private Post(
      DiscussionThread thread,
      Long parentId,
      boolean opening,
      String author,
      String body,
      Instant createdAt,
      String requestId) {
    this.threadId = thread.getId();
    this.communityId = thread.getCommunityId();
    this.parentId = parentId;
    this.opening = opening;
    this.author = Objects.requireNonNull(author);
    this.body = requireBody(body);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.requestId = requestId;
  }

  public static Post opening(DiscussionThread thread, String body, Instant at) {
    return new Post(thread, null, true, thread.getAuthor(), body, at, null);
  }

  /**
   * A reply to the thread, or to a top-level reply. A reply to a nested reply is attached to that
   * reply's parent, so nesting never goes deeper than one level.
   */
  public static Post reply(
      DiscussionThread thread,
      Post inReplyTo,
      String author,
      String body,
      Instant at,
      String requestId) {
    Long parent = null;
    if (inReplyTo != null && !inReplyTo.isOpening()) {
      if (inReplyTo.getThreadId() != thread.getId()) {
        throw new IllegalArgumentException("The post replied to is in another thread");
      }
      parent = inReplyTo.getParentId() != null ? inReplyTo.getParentId() : inReplyTo.getId();
    }
    return new Post(thread, parent, false, author, body, at, requestId);
  }

  /** Replaces the body; the caller keeps the previous one as a revision. */
  public void edit(String newBody, Instant at) {
    if (status == PostStatus.DELETED) {
      throw new IllegalStateException("A deleted post cannot be edited");
    }
    this.body = requireBody(newBody);
    this.editedAt = at;
  }

  public void hide() {
    if (status == PostStatus.VISIBLE) {
      status = PostStatus.HIDDEN;
    }
  }

  public void restore() {
    if (status == PostStatus.HIDDEN) {
      status = PostStatus.VISIBLE;
    }
  }

  public void delete() {
    status = PostStatus.DELETED;
  }

  public void liked() {
    likeCount++;
  }

  public void unliked() {
    likeCount = Math.max(0, likeCount - 1);
  }

  private static String requireBody(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank");
    }
    return body;
  }

  public boolean isVisible() {
    return status == PostStatus.VISIBLE;
  }

  public Long getId() {
    return id;
  }

  public long getThreadId() {
    return threadId;
  }

  public long getCommunityId() {
    return communityId;
  }

  public Long getParentId() {
    return parentId;
  }

  public boolean isOpening() {
    return opening;
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

  public Instant getEditedAt() {
    return editedAt;
  }

  public PostStatus getStatus() {
    return status;
  }

  public int getLikeCount() {
    return likeCount;
  }

  public long getVersion() {
    return version;
  }
}
