package org.learningcommons.development;

import static org.learningcommons.shared.Checks.requireName;
import static org.learningcommons.shared.Checks.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.learningcommons.shared.Checks;

/**
 * Learning a person did outside the catalogue: a conference, a book, a course at another provider.
 * It counts towards their CPD hours unless a manager declined it. Its owner changes or deletes it
 * until it is verified; after that it is part of the record as confirmed.
 */
@Entity
@Table(name = "external_learning")
public class ExternalLearning {

  public static final int MAX_TITLE = 200;
  public static final int MAX_PROVIDER = 200;
  public static final int MAX_COMMENT = 2_000;

  /** One entry covers at most this many hours: a long programme is entered per module or year. */
  public static final int MAX_HOURS = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_PROVIDER)
  private String provider;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false)
  private int minutes;

  @Column(name = "evidence_id")
  private Long evidenceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VerificationStatus verification;

  @Column(name = "verification_requested_at")
  private Instant verificationRequestedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = MAX_COMMENT)
  private String reviewComment;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ExternalLearning() {}

  /**
   * @param today the owner's today: the learning cannot have been completed later
   */
  public ExternalLearning(
      String username, ExternalLearningDetails details, LocalDate today, Instant now) {
    this.username = requireName(username, "owner");
    this.verification = VerificationStatus.NONE;
    this.createdAt = Objects.requireNonNull(now);
    describe(details, today, now);
  }

  /** Changes what the entry says; a verified entry no longer changes. Asks nobody again. */
  public void revise(ExternalLearningDetails details, LocalDate today, Instant now) {
    requireUnverified();
    describe(details, today, now);
    verification = VerificationStatus.NONE;
    verificationRequestedAt = null;
  }

  /** Attaches (or replaces) the evidence file; returns the replaced file's id, or null. */
  public Long attachEvidence(long attachmentId, Instant now) {
    requireUnverified();
    Long previous = evidenceId;
    evidenceId = attachmentId;
    updatedAt = now;
    return previous;
  }

  /** Asks the manager to confirm the entry; again after a decline. */
  public void requestVerification(Instant now) {
    requireUnverified();
    verification = VerificationStatus.REQUESTED;
    verificationRequestedAt = now;
    reviewedBy = null;
    reviewedAt = null;
    reviewComment = null;
  }

  /** A manager above the owner, or HR, confirms the entry; it is final from now on. */
  public void verify(String reviewer, String comment, Instant now) {
    review(reviewer, comment, now);
    verification = VerificationStatus.VERIFIED;
  }

  /** A manager above the owner, or HR, does not confirm it; a comment says why. */
  public void decline(String reviewer, String comment, Instant now) {
    review(reviewer, requireText(comment, "comment", MAX_COMMENT), now);
    verification = VerificationStatus.DECLINED;
  }

  /** Whether the owner may still change or delete the entry. */
  public boolean isEditable() {
    return verification != VerificationStatus.VERIFIED;
  }

  /** Whether it counts towards CPD hours: everything a manager did not decline. */
  public boolean countsForCpd() {
    return verification != VerificationStatus.DECLINED;
  }

  /** Hours to the minute, as a number of hours (e.g. 1.5). */
  public BigDecimal getHours() {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /** Minutes of learning for hours given as a decimal; refuses 0, negatives and more than max. */
  public static int minutesOf(BigDecimal hours) {
    if (hours == null) {
      throw new IllegalArgumentException("hours are required");
    }
    if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
      throw new IllegalArgumentException("hours must be more than 0 and at most " + MAX_HOURS);
    }
    int minutes =
        hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    if (minutes == 0) {
      throw new IllegalArgumentException("hours must be at least one minute");
    }
    return minutes;
  }

  private void review(String reviewer, String comment, Instant now) {
    if (verification != VerificationStatus.REQUESTED) {
      throw new IllegalStateException(
          "Only an entry awaiting verification is verified or declined");
    }
    String name = requireName(reviewer, "reviewer");
    if (name.equals(username)) {
      throw new IllegalArgumentException("Nobody verifies their own learning");
    }
    reviewedBy = name;
    reviewedAt = now;
    reviewComment = Checks.optionalText(comment, "comment", MAX_COMMENT);
  }

  private void describe(ExternalLearningDetails details, LocalDate today, Instant now) {
    Objects.requireNonNull(details, "details");
    title = requireText(details.title(), "title", MAX_TITLE);
    provider = requireText(details.provider(), "provider", MAX_PROVIDER);
    if (details.completedOn() == null) {
      throw new IllegalArgumentException("completedOn is required");
    }
    if (details.completedOn().isAfter(today)) {
      throw new IllegalArgumentException("completedOn cannot lie in the future");
    }
    if (details.completedOn().isBefore(LocalDate.of(1950, 1, 1))) {
      throw new IllegalArgumentException("completedOn is too far in the past");
    }
    completedOn = details.completedOn();
    minutes = minutesOf(details.hours());
    updatedAt = now;
  }

  private void requireUnverified() {
    if (!isEditable()) {
      throw new IllegalStateException("A verified entry no longer changes");
    }
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public int getMinutes() {
    return minutes;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public VerificationStatus getVerification() {
    return verification;
  }

  public Instant getVerificationRequestedAt() {
    return verificationRequestedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
