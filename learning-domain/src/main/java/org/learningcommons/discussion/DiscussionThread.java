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

/** A thread in a community. Its opening text is the thread's first {@link Post}. */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {

  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "community_id", nullable = false, updatable = false)
  private long communityId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private ThreadKind kind;

  @Column(nullable = false)
  private boolean pinned;

  @Column(nullable = false)
  private boolean locked;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "accepted_post_id")
  private Long acceptedPostId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "reply_count", nullable = false)
  private int replyCount;

  @Column(name = "request_id", length = 64, updatable = false)
  private String requestId;

  @Version private long version;

  protected DiscussionThread() {}

  public DiscussionThread(
      long communityId,
      String author,
      String title,
      ThreadKind kind,
      Instant createdAt,
      String requestId) {
    this.communityId = communityId;
    this.author = Objects.requireNonNull(author);
    retitle(title);
    this.kind = Objects.requireNonNull(kind);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastActivityAt = createdAt;
    this.requestId = requestId;
  }

  public void retitle(String newTitle) {
    if (newTitle == null || newTitle.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    this.title = newTitle.strip();
  }

  public void replied(Instant at) {
    replyCount++;
    if (at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
  }

  public void replyRemoved() {
    replyCount = Math.max(0, replyCount - 1);
  }

  /** A question's accepted answer; accepting another one replaces it. */
  public void accept(Post answer) {
    if (kind != ThreadKind.QUESTION) {
      throw new IllegalStateException("Only questions have an accepted answer");
    }
    if (answer.getThreadId() != id || answer.isOpening()) {
      throw new IllegalArgumentException("The answer must be a reply in this thread");
    }
    acceptedPostId = answer.getId();
  }

  public void unaccept() {
    acceptedPostId = null;
  }

  public void pin(boolean pinned) {
    this.pinned = pinned;
  }

  public void lock(boolean locked) {
    this.locked = locked;
  }

  /** A hidden thread (its opening post was hidden) is shown to moderators only. */
  public void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public Long getId() {
    return id;
  }

  public long getCommunityId() {
    return communityId;
  }

  public String getAuthor() {
    return author;
  }

  public String getTitle() {
    return title;
  }

  public ThreadKind getKind() {
    return kind;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isLocked() {
    return locked;
  }

  public boolean isHidden() {
    return hidden;
  }

  public Long getAcceptedPostId() {
    return acceptedPostId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public int getReplyCount() {
    return replyCount;
  }

  public long getVersion() {
    return version;
  }
}
