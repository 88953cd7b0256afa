package org.learningcommons.development;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.shared.Page;

/** What the record's readers receive: immutable views, never entities. */
public final class Views {

  private Views() {}

  /** Whose record it is. */
  public record PersonView(
      String username, String displayName, String department, String title, String manager) {}

  /**
   * A completed course with its certificate.
   *
   * @param expired whether its validity ran out
   */
  public record CompletedCourseView(
      long completionId,
      long courseId,
      String courseTitle,
      Instant completedAt,
      int minutes,
      BigDecimal hours,
      Instant validUntil,
      boolean expired,
      String source) {

    public String certificateLink() {
      return "/learning/certificate.xhtml?id=" + completionId;
    }

    public String certificatePdf() {
      return "/api/v1/certificates/" + completionId + ".pdf";
    }
  }

  /** An active enrolment with how many of the course's required items are done. */
  public record InProgressView(
      long enrolmentId,
      long courseId,
      String courseTitle,
      Instant enrolledAt,
      Instant dueAt,
      Instant startedAt,
      int requiredItems,
      int doneItems) {

    public int percent() {
      return requiredItems == 0 ? 0 : Math.min(100, doneItems * 100 / requiredItems);
    }
  }

  /** A course the person must do (a due date, or assigned by a rule, HR or their manager). */
  public record MandatoryView(
      long courseId,
      String courseTitle,
      String origin,
      Instant dueAt,
      TrainingStatus status,
      Long completionId,
      Instant completedAt,
      Instant validUntil) {}

  /** The evidence file of an external learning entry, without its content. */
  public record EvidenceView(long id, String fileName, String contentType, long sizeBytes) {}

  /** An external learning entry. */
  public record ExternalLearningView(
      long id,
      String username,
      String title,
      String provider,
      LocalDate completedOn,
      int minutes,
      BigDecimal hours,
      VerificationStatus verification,
      Instant verificationRequestedAt,
      String reviewedBy,
      String reviewedByName,
      Instant reviewedAt,
      String reviewComment,
      EvidenceView evidence,
      long version) {

    public boolean editable() {
      return verification != VerificationStatus.VERIFIED;
    }
  }

  /** A manager's or HR's comment on a goal. */
  public record GoalCommentView(
      long id, String author, String authorName, String body, Instant createdAt) {}

  /** A development goal with its comments, oldest first. */
  public record GoalView(
      long id,
      String username,
      String title,
      String description,
      LocalDate targetDate,
      GoalStatus status,
      boolean overdue,
      Instant createdAt,
      Instant updatedAt,
      long version,
      List<GoalCommentView> comments) {}

  /**
   * A person's whole record as one page shows it: the paged sections hold their first page.
   *
   * @param mine whether the caller reads their own record
   * @param mayReview whether the caller may verify external learning and comment on goals
   */
  public record RecordView(
      PersonView person,
      CpdYear cpd,
      List<MandatoryView> mandatory,
      List<InProgressView> inProgress,
      Page<CompletedCourseView> completed,
      Page<ExternalLearningView> externalLearning,
      Page<GoalView> goals,
      boolean mine,
      boolean mayReview) {}

  /** A person in the team list, with this year's CPD hours. */
  public record TeamMemberView(
      String username,
      String displayName,
      String department,
      String title,
      BigDecimal cpdHours,
      int awaitingVerification) {}
}
