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

/** Someone asked the moderators to look at a post. */
@Entity
@Table(name = "post_report")
public class PostReport {

  public static final int MAX_REASON = 1000;

  /** Stored by name. */
  public enum Status {
    OPEN,
    RESOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(name = "community_id", nullable = false, updatable = false)
  private long communityId;

  @Column(nullable = false, updatable = false)
  private String reporter;

  @Column(nullable = false, length = MAX_REASON, updatable = false)
  private String reason;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(length = MAX_REASON)
  private String resolution;

  @Version private long version;

  protected PostReport() {}

  public PostReport(Post post, String reporter, String reason, Instant at) {
    this.postId = post.getId();
    this.communityId = post.getCommunityId();
    this.reporter = Objects.requireNonNull(reporter);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    this.reason = reason.strip();
    this.reportedAt = Objects.requireNonNull(at);
  }

  public void resolve(String moderator, String outcome, Instant at) {
    if (status == Status.OPEN) {
      status = Status.RESOLVED;
      resolvedBy = Objects.requireNonNull(moderator);
      resolution = outcome;
      resolvedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public long getCommunityId() {
    return communityId;
  }

  public String getReporter() {
    return reporter;
  }

  public String getReason() {
    return reason;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getResolution() {
    return resolution;
  }
}
