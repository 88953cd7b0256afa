package org.learningcommons.learning;

import static org.learningcommons.shared.Checks.requireBetween;
import static org.learningcommons.shared.Checks.requireName;
import static org.learningcommons.shared.Checks.requireText;

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
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A course in the catalogue. Drafts are seen by their owner and HR only; a published course is
 * found by its audience (everyone, or the listed departments); a retired one keeps its history
 * (enrolments, completions, certificates) but takes no new learners.
 *
 * <p>A completion stays valid for {@link #getValidityMonths()} months, or for ever when that is
 * null; the renewal window opens {@link #getRenewalWindowDays()} days before it expires.
 */
@Entity
@Table(name = "course")
public class Course {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 4_000;
  public static final int MAX_CATEGORY = 80;
  public static final int MAX_TAG = 40;
  public static final int MAX_TAGS = 20;
  public static final int MAX_DEPARTMENTS = 50;
  public static final int MAX_DURATION_MINUTES = 100_000;
  public static final int MAX_VALIDITY_MONTHS = 240;
  public static final int MAX_WINDOW_DAYS = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_SUMMARY)
  private String summary;

  @Column(nullable = false, length = MAX_CATEGORY)
  private String category;

  @ElementCollection
  @CollectionTable(name = "course_tag", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "tag", nullable = false, length = MAX_TAG)
  private Set<String> tags = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "course_audience_department",
      joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "department", nullable = false)
  private Set<String> audienceDepartments = new LinkedHashSet<>();

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CourseFormat format;

  @Column(nullable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CourseStatus status;

  @Column(name = "self_enrol", nullable = false)
  private boolean selfEnrol;

  @Column(name = "validity_months")
  private Integer validityMonths;

  @Column(name = "renewal_window_days", nullable = false)
  private int renewalWindowDays;

  @Column(name = "community_id")
  private Long communityId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @Column(name = "rating_sum", nullable = false)
  private int ratingSum;

  @Version private long version;

  protected Course() {}

  /** A new draft, owned by the person who creates it. */
  public Course(CourseDescription description, String owner, Instant now) {
    this.owner = requireName(owner, "owner");
    this.status = CourseStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now);
    describe(description, now);
  }

  /** Replaces what the catalogue says about the course; allowed until it is retired. */
  public void describe(CourseDescription description, Instant now) {
    requireNotRetired();
    Objects.requireNonNull(description, "description");
    title = requireText(description.title(), "title", MAX_TITLE);
    summary = requireText(description.summary(), "summary", MAX_SUMMARY);
    category = requireText(description.category(), "category", MAX_CATEGORY);
    tags = normalised(description.tags(), MAX_TAG, MAX_TAGS, "tag", true);
    audienceDepartments =
        normalised(description.audienceDepartments(), 255, MAX_DEPARTMENTS, "department", false);
    durationMinutes =
        requireBetween(description.durationMinutes(), 1, MAX_DURATION_MINUTES, "duration");
    format = Objects.requireNonNull(description.format(), "format");
    selfEnrol = description.selfEnrol();
    Integer validity = description.validityMonths();
    validityMonths =
        validity == null ? null : requireBetween(validity, 1, MAX_VALIDITY_MONTHS, "validity");
    renewalWindowDays =
        requireBetween(description.renewalWindowDays(), 0, MAX_WINDOW_DAYS, "renewal window");
    updatedAt = now;
  }

  /** Puts a draft in the catalogue. */
  public void publish(Instant now) {
    if (status != CourseStatus.DRAFT) {
      throw new CourseStateException(status, "Only a draft is published");
    }
    status = CourseStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  /** Takes a published course out of the catalogue for good; history stays. */
  public void retire(Instant now) {
    if (status != CourseStatus.PUBLISHED) {
      throw new CourseStateException(status, "Only a published course is retired");
    }
    status = CourseStatus.RETIRED;
    retiredAt = now;
    updatedAt = now;
  }

  /** Hands the course to another owner, who answers for its content from now on. */
  public void handOver(String newOwner, Instant now) {
    owner = requireName(newOwner, "owner");
    updatedAt = now;
  }

  /** Links the course to the community made for its learners; once. */
  public void attachCommunity(long community) {
    if (communityId != null) {
      throw new IllegalStateException("The course has its community already");
    }
    communityId = community;
  }

  /** Counts a learner's rating; {@code previous} is their earlier rating, or null. */
  public void rate(int rating, Integer previous) {
    requireBetween(rating, 1, 5, "rating");
    if (previous == null) {
      ratingCount++;
    } else {
      ratingSum -= previous;
    }
    ratingSum += rating;
  }

  /** Whether a person of this department is in the course's audience. */
  public boolean isFor(String department) {
    return audienceDepartments.isEmpty()
        || (department != null && audienceDepartments.contains(department));
  }

  /** Whether new learners may join: published, not retired. */
  public boolean isOpen() {
    return status == CourseStatus.PUBLISHED;
  }

  /** When a completion on {@code completedAt} expires; null when completions never expire. */
  public Instant validUntil(Instant completedAt) {
    if (validityMonths == null) {
      return null;
    }
    return completedAt.atOffset(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
  }

  /** The average rating, or 0 before anybody rated. */
  public double getAverageRating() {
    return ratingCount == 0 ? 0 : (double) ratingSum / ratingCount;
  }

  private void requireNotRetired() {
    if (status == CourseStatus.RETIRED) {
      throw new CourseStateException(status, "A retired course no longer changes");
    }
  }

  private static Set<String> normalised(
      Collection<String> values, int maxLength, int maxCount, String field, boolean lowerCase) {
    Set<String> result = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        if (value == null || value.isBlank()) {
          continue;
        }
        String text = requireText(value, field, maxLength);
        result.add(lowerCase ? text.toLowerCase(Locale.ROOT) : text);
      }
    }
    if (result.size() > maxCount) {
      throw new IllegalArgumentException("At most " + maxCount + " " + field + "s");
    }
    return result;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getCategory() {
    return category;
  }

  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  public Set<String> getAudienceDepartments() {
    return Set.copyOf(audienceDepartments);
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public CourseFormat getFormat() {
    return format;
  }

  public String getOwner() {
    return owner;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public boolean isSelfEnrol() {
    return selfEnrol;
  }

  public Integer getValidityMonths() {
    return validityMonths;
  }

  public int getRenewalWindowDays() {
    return renewalWindowDays;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public int getRatingCount() {
    return ratingCount;
  }

  public long getVersion() {
    return version;
  }
}
