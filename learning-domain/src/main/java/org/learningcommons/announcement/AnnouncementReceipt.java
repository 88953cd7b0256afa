package org.learningcommons.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's read receipt for one announcement: when they first read it and when they last
 * acknowledged it. One row per person and announcement (a unique constraint), so a race of two
 * first reads ends in a constraint violation that the caller retries as a read of the winner.
 */
@Entity
@Table(
    name = "announcement_receipt",
    uniqueConstraints = @UniqueConstraint(columnNames = {"announcement_id", "username"}))
public class AnnouncementReceipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "announcement_id", nullable = false, updatable = false)
  private long announcementId;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "read_at", nullable = false, updatable = false)
  private Instant readAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Version private long version;

  protected AnnouncementReceipt() {}

  /** The first time {@code username} opened the announcement. */
  public AnnouncementReceipt(Announcement announcement, String username, Instant readAt) {
    this.announcementId = announcement.getId();
    this.username = Objects.requireNonNull(username);
    this.readAt = Objects.requireNonNull(readAt);
  }

  /**
   * Records that the person acknowledges the announcement as it reads now.
   *
   * @throws AlreadyAcknowledgedException when an acknowledgement stands already
   * @throws AcknowledgementClosedException when the announcement has expired or is not published
   */
  public void acknowledge(Announcement announcement, Instant now) {
    if (announcement.getId() == null || announcement.getId() != announcementId) {
      throw new IllegalArgumentException("This receipt belongs to another announcement");
    }
    if (!announcement.requiresAcknowledgement()) {
      throw new IllegalStateException("This announcement does not ask for acknowledgement");
    }
    if (isAcknowledged(announcement)) {
      throw new AlreadyAcknowledgedException(
          username + " already acknowledged this announcement at " + acknowledgedAt);
    }
    if (!announcement.isAcknowledgementOpenAt(now)) {
      throw new AcknowledgementClosedException(
          "This announcement "
              + describeClosed(announcement, now)
              + " and takes no acknowledgement");
    }
    acknowledgedAt = now;
  }

  /** Whether the acknowledgement stands: given, and not before a material change. */
  public boolean isAcknowledged(Announcement announcement) {
    return announcement.acknowledgementStands(acknowledgedAt);
  }

  private static String describeClosed(Announcement announcement, Instant now) {
    return announcement.phaseAt(now) == AnnouncementPhase.EXPIRED
        ? "expired at " + announcement.getExpireAt()
        : "is not published yet";
  }

  public Long getId() {
    return id;
  }

  public long getAnnouncementId() {
    return announcementId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getReadAt() {
    return readAt;
  }

  /** The last acknowledgement, which may predate a material change; see {@link #isAcknowledged}. */
  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
