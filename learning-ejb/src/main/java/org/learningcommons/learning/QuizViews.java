package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.learningcommons.learning.CourseDrafts.OptionDraft;

/**
 * Quiz attempts as learners see them (never with the right answers) and questions as authors do.
 */
public final class QuizViews {

  private QuizViews() {}

  /**
   * An attempt with its questions in the attempt's shuffled order.
   *
   * @param attemptsLeft after this one; null when the quiz has no limit
   * @param resumed true when this is the learner's open attempt, started earlier
   */
  public record AttemptView(
      long courseId,
      long itemId,
      int number,
      boolean resumed,
      Instant startedAt,
      boolean submitted,
      Integer score,
      Boolean passed,
      List<QuestionView> questions,
      Integer attemptsLeft)
      implements Serializable {}

  /** A question as the learner sees it: options by position, none marked right. */
  public record QuestionView(long id, QuestionKind kind, String text, List<String> options)
      implements Serializable {}

  /**
   * The result of a submitted attempt.
   *
   * @param completionId the completion when passing finished the course, else null
   */
  public record AttemptResult(
      int number,
      int score,
      boolean passed,
      int passMark,
      int correct,
      int questions,
      Integer attemptsLeft,
      boolean courseCompleted,
      Long completionId,
      String verificationCode)
      implements Serializable {}

  /** A kept attempt, for the learner's list of results. */
  public record AttemptRecord(
      int number, Instant startedAt, Instant submittedAt, Integer score, Boolean passed)
      implements Serializable {}

  /** A question as its authors edit it, right answers included. */
  public record QuestionEditView(
      long id, int position, QuestionKind kind, String text, List<OptionDraft> options)
      implements Serializable {}
}
