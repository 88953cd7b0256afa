package org.learningcommons.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The title and body an announcement had before an edit after publication, who changed it, when,
 * and whether the change was material. Written once, never changed.
 */
@Entity
@Table(name = "announcement_revision")
public class AnnouncementRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "announcement_id", nullable = false, updatable = false)
  private Announcement announcement;

  @Column(nullable = false, length = Announcement.MAX_TITLE, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "edited_by", nullable = false, updatable = false)
  private String editedBy;

  @Column(name = "edited_at", nullable = false, updatable = false)
  private Instant editedAt;

  @Column(nullable = false, updatable = false)
  private boolean material;

  @Column(name = "acknowledgements_reset", nullable = false, updatable = false)
  private boolean acknowledgementsReset;

  protected AnnouncementRevision() {}

  AnnouncementRevision(
      Announcement announcement,
      String previousTitle,
      String previousBody,
      String editedBy,
      Instant editedAt,
      boolean material,
      boolean acknowledgementsReset) {
    this.announcement = Objects.requireNonNull(announcement);
    this.title = Objects.requireNonNull(previousTitle);
    this.body = Objects.requireNonNull(previousBody);
    this.editedBy = Objects.requireNonNull(editedBy);
    this.editedAt = Objects.requireNonNull(editedAt);
    this.material = material;
    this.acknowledgementsReset = acknowledgementsReset;
  }

  public Long getId() {
    return id;
  }

  public Announcement getAnnouncement() {
    return announcement;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getEditedBy() {
    return editedBy;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public boolean isMaterial() {
    return material;
  }

  public boolean isAcknowledgementsReset() {
    return acknowledgementsReset;
  }
}
