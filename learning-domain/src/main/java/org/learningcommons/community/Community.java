package org.learningcommons.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A space where staff discuss and share knowledge. Counters (members, threads) and the time of the
 * last activity are kept on the row so that the directory sorts and pages without aggregating.
 */
@Entity
@Table(name = "community")
public class Community {

  public static final int MAX_NAME = 120;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_CATEGORY = 64;
  public static final int MAX_TAG = 40;
  public static final int MAX_TAGS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(nullable = false, length = MAX_DESCRIPTION)
  private String description;

  @Column(nullable = false, length = MAX_CATEGORY)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Visibility visibility;

  @Column(name = "image_id")
  private Long imageId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "member_count", nullable = false)
  private int memberCount;

  @Column(name = "thread_count", nullable = false)
  private int threadCount;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @ElementCollection
  @CollectionTable(name = "community_tag", joinColumns = @JoinColumn(name = "community_id"))
  @Column(name = "tag", length = MAX_TAG)
  private Set<String> tags = new LinkedHashSet<>();

  @Version private long version;

  protected Community() {}

  public Community(
      String name,
      String description,
      String category,
      Collection<String> tags,
      Visibility visibility,
      String createdBy,
      Instant createdAt) {
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastActivityAt = createdAt;
    describe(name, description, category, tags, visibility);
  }

  /** Replaces what the community says about itself. */
  public void describe(
      String name,
      String description,
      String category,
      Collection<String> tags,
      Visibility visibility) {
    this.name = requireText(name, "name");
    this.description = description == null ? "" : description.strip();
    this.category = requireText(category, "category");
    this.visibility = Objects.requireNonNull(visibility);
    this.tags.clear();
    this.tags.addAll(normaliseTags(tags));
  }

  /** Tags in lower case, trimmed, without blanks or duplicates. */
  public static Set<String> normaliseTags(Collection<String> tags) {
    Set<String> normalised = new LinkedHashSet<>();
    if (tags != null) {
      for (String tag : tags) {
        if (tag != null && !tag.isBlank()) {
          normalised.add(tag.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return normalised;
  }

  public void showImage(Long attachmentId) {
    this.imageId = attachmentId;
  }

  /** Archived communities stay readable but nobody posts or joins. */
  public void archive(Instant at) {
    if (archivedAt == null) {
      archivedAt = Objects.requireNonNull(at);
    }
  }

  public void reopen() {
    archivedAt = null;
  }

  public void memberJoined() {
    memberCount++;
  }

  public void memberLeft() {
    memberCount = Math.max(0, memberCount - 1);
  }

  public void threadStarted(Instant at) {
    threadCount++;
    recordActivity(at);
  }

  public void threadRemoved() {
    threadCount = Math.max(0, threadCount - 1);
  }

  public void recordActivity(Instant at) {
    if (at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
  }

  public CommunityAccess accessFor(Membership membership, boolean administrator) {
    return new CommunityAccess(
        visibility,
        isArchived(),
        membership == null ? null : membership.getStatus(),
        membership == null ? null : membership.getRole(),
        administrator);
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getCategory() {
    return category;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public Long getImageId() {
    return imageId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public int getMemberCount() {
    return memberCount;
  }

  public int getThreadCount() {
    return threadCount;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  public long getVersion() {
    return version;
  }
}
