package org.learningcommons.learning;

import java.util.List;

/** What authors send when they build a course's content; the entities check the rules. */
public final class CourseDrafts {

  private CourseDrafts() {}

  /**
   * A lesson. Pages need a body (HTML, sanitised on the way in); videos and links an http(s)
   * address; files an attachment uploaded for the course.
   */
  public record LessonDraft(
      ItemKind kind, String title, String body, String url, Long attachmentId, boolean required) {}

  /** A quiz's title, introduction and rules; {@code attemptLimit} null for no limit. */
  public record QuizDraft(
      String title, String introduction, int passMark, Integer attemptLimit, boolean required) {}

  /** A question with its options in order; {@code correct} marks the right ones. */
  public record QuestionDraft(QuestionKind kind, String text, List<OptionDraft> options) {

    public QuestionDraft {
      options = options == null ? List.of() : List.copyOf(options);
    }
  }

  /** One option of a question. */
  public record OptionDraft(String text, boolean correct) {}
}
