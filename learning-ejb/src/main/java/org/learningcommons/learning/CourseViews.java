package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the catalogue, the course page and the lesson page show; never entities. */
public final class CourseViews {

  private CourseViews() {}

  /**
   * A row of the catalogue.
   *
   * @param myEnrolment the caller's enrolment on the course (the active one, else the latest), or
   *     null
   */
  public record CourseSummary(
      long id,
      String title,
      String summary,
      String category,
      List<String> tags,
      int durationMinutes,
      CourseFormat format,
      CourseStatus status,
      boolean selfEnrol,
      double averageRating,
      int ratingCount,
      String owner,
      EnrolmentStatus myEnrolment)
      implements Serializable {}

  /**
   * A course with its content in order and the caller's progress.
   *
   * @param progress null when the caller has never been enrolled
   * @param mayEnrol whether the caller may enrol themselves now
   */
  public record CourseView(
      long id,
      String title,
      String summary,
      String category,
      List<String> tags,
      List<String> audienceDepartments,
      int durationMinutes,
      CourseFormat format,
      CourseStatus status,
      boolean selfEnrol,
      Integer validityMonths,
      int renewalWindowDays,
      String owner,
      String ownerName,
      Long communityId,
      double averageRating,
      int ratingCount,
      long version,
      List<ModuleView> modules,
      MyProgress progress,
      boolean mayManage,
      boolean mayEnrol)
      implements Serializable {}

  /** A module and its items in order. */
  public record ModuleView(long id, int position, String title, List<ItemView> items)
      implements Serializable {}

  /**
   * An item as the course page lists it: no content, no answers.
   *
   * @param bestScore the caller's best submitted score on a quiz, or null
   */
  public record ItemView(
      long id,
      long moduleId,
      int position,
      ItemKind kind,
      String title,
      boolean required,
      Integer passMark,
      Integer attemptLimit,
      boolean done,
      Integer bestScore,
      int attemptsUsed)
      implements Serializable {}

  /** The caller's enrolment (the active one, else the latest) and how far they are. */
  public record MyProgress(
      long enrolmentId,
      EnrolmentStatus status,
      EnrolmentOrigin origin,
      Instant dueAt,
      int percentDone,
      List<Long> doneItemIds)
      implements Serializable {}

  /**
   * One item with its content, for the lesson page.
   *
   * @param fileName the file's name when the lesson is a file
   * @param enrolled whether the caller has an active enrolment (and so may mark it done)
   */
  public record ItemContent(
      long courseId,
      String courseTitle,
      long id,
      ItemKind kind,
      String title,
      String body,
      String url,
      String fileName,
      boolean required,
      Integer passMark,
      Integer attemptLimit,
      boolean done,
      Long previousId,
      Long nextId,
      boolean enrolled,
      int attemptsUsed,
      Integer bestScore)
      implements Serializable {}

  /**
   * What marking a lesson done (or passing a quiz) changed.
   *
   * @param completionId the completion when this finished the course, else null
   */
  public record ProgressView(
      int percentDone, boolean courseCompleted, Long completionId, String verificationCode)
      implements Serializable {}

  /** An enrolment as the learner sees it; {@code created} false when it existed already. */
  public record EnrolmentView(
      long id,
      long courseId,
      EnrolmentStatus status,
      EnrolmentOrigin origin,
      Instant enrolledAt,
      Instant dueAt,
      boolean created)
      implements Serializable {

    static EnrolmentView of(Enrolment e, boolean created) {
      return new EnrolmentView(
          e.getId(),
          e.getCourseId(),
          e.getStatus(),
          e.getOrigin(),
          e.getEnrolledAt(),
          e.getDueAt(),
          created);
    }
  }

  /** A learner's rating and review. */
  public record ReviewView(String username, String name, int rating, String text, Instant updatedAt)
      implements Serializable {}
}
