package org.learningcommons.learning.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.learning.Course;
import org.learningcommons.learning.CourseDescription;
import org.learningcommons.learning.CourseDrafts.LessonDraft;
import org.learningcommons.learning.CourseDrafts.OptionDraft;
import org.learningcommons.learning.CourseDrafts.QuestionDraft;
import org.learningcommons.learning.CourseDrafts.QuizDraft;
import org.learningcommons.learning.CourseFormat;
import org.learningcommons.learning.CourseItem;
import org.learningcommons.learning.CourseModule;
import org.learningcommons.learning.CourseReviews;
import org.learningcommons.learning.ItemKind;
import org.learningcommons.learning.QuestionKind;
import org.learningcommons.learning.QuizQuestion;
import org.learningcommons.people.Usernames;

/** The request bodies of the course API, each checking itself. */
public final class CourseInputs {

  private CourseInputs() {}

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  /**
   * The body of {@code POST /courses} and {@code PUT /courses/{id}}; {@code version} (optional on
   * PUT) is the version the author edited: 409 when the course changed since.
   */
  public record CourseInput(
      String title,
      String summary,
      String category,
      List<String> tags,
      List<String> audienceDepartments,
      Integer durationMinutes,
      String format,
      Boolean selfEnrol,
      Integer validityMonths,
      Integer renewalWindowDays,
      Long version) {

    CourseDescription checked() {
      InvalidInputException.check()
          .required("title", title, Course.MAX_TITLE)
          .required("summary", summary, Course.MAX_SUMMARY)
          .required("category", category, Course.MAX_CATEGORY)
          .items("tags", tags, Course.MAX_TAGS)
          .items("audienceDepartments", audienceDepartments, Course.MAX_DEPARTMENTS)
          .rule(
              tags != null && tags.stream().anyMatch(t -> t != null && t.length() > Course.MAX_TAG),
              "tags",
              "must each be at most " + Course.MAX_TAG + " characters")
          .rule(
              durationMinutes == null
                  || durationMinutes < 1
                  || durationMinutes > Course.MAX_DURATION_MINUTES,
              "durationMinutes",
              "must be between 1 and " + Course.MAX_DURATION_MINUTES)
          .oneOf("format", format, true, names(CourseFormat.values()))
          .rule(
              validityMonths != null
                  && (validityMonths < 1 || validityMonths > Course.MAX_VALIDITY_MONTHS),
              "validityMonths",
              "must be between 1 and " + Course.MAX_VALIDITY_MONTHS + ", or left out")
          .rule(
              renewalWindowDays != null
                  && (renewalWindowDays < 0 || renewalWindowDays > Course.MAX_WINDOW_DAYS),
              "renewalWindowDays",
              "must be between 0 and " + Course.MAX_WINDOW_DAYS)
          .done();
      return new CourseDescription(
          title,
          summary,
          category,
          tags,
          audienceDepartments,
          durationMinutes,
          CourseFormat.valueOf(format),
          selfEnrol == null || selfEnrol,
          validityMonths,
          renewalWindowDays == null ? 30 : renewalWindowDays);
    }
  }

  /** The body of module requests: a title, and on PUT optionally a new position (1 is first). */
  public record ModuleInput(String title, Integer position) {

    String checkedTitle(boolean required) {
      if (required || title != null) {
        InvalidInputException.check().required("title", title, CourseModule.MAX_TITLE).done();
      }
      return title;
    }
  }

  /**
   * An item: a lesson (PAGE, VIDEO, FILE, LINK) or a QUIZ. On PUT, {@code moduleId} and {@code
   * position} move it.
   */
  public record ItemInput(
      String kind,
      String title,
      String body,
      String url,
      Long attachmentId,
      Boolean required,
      Integer passMark,
      Integer attemptLimit,
      Long moduleId,
      Integer position) {

    ItemKind checkedKind() {
      InvalidInputException.check()
          .oneOf("kind", kind, true, names(ItemKind.values()))
          .required("title", title, CourseItem.MAX_TITLE)
          .optional("body", body, CourseItem.MAX_BODY)
          .optional("url", url, CourseItem.MAX_URL)
          .rule(
              ItemKind.QUIZ.name().equals(kind)
                  && (passMark == null || passMark < 0 || passMark > 100),
              "passMark",
              "must be between 0 and 100")
          .rule(
              attemptLimit != null && (attemptLimit < 1 || attemptLimit > 100),
              "attemptLimit",
              "must be between 1 and 100, or left out")
          .done();
      return ItemKind.valueOf(kind);
    }

    LessonDraft lesson() {
      return new LessonDraft(
          ItemKind.valueOf(kind), title, body, url, attachmentId, required == null || required);
    }

    QuizDraft quiz() {
      return new QuizDraft(title, body, passMark, attemptLimit, required == null || required);
    }
  }

  /** One option of a question. */
  public record OptionInput(String text, Boolean correct) {}

  /** A quiz question with its options in order. */
  public record QuestionInput(String kind, String text, List<OptionInput> options) {

    QuestionDraft checked() {
      InvalidInputException.check()
          .oneOf("kind", kind, true, names(QuestionKind.values()))
          .required("text", text, QuizQuestion.MAX_TEXT)
          .items("options", options, QuizQuestion.MAX_OPTIONS)
          .rule(options == null || options.size() < 2, "options", "must be at least two")
          .rule(
              options != null
                  && options.stream()
                      .anyMatch(o -> o == null || o.text() == null || o.text().isBlank()),
              "options",
              "must each have a text")
          .done();
      return new QuestionDraft(
          QuestionKind.valueOf(kind),
          text,
          options.stream()
              .map(o -> new OptionDraft(o.text(), Boolean.TRUE.equals(o.correct())))
              .toList());
    }
  }

  /** The body of {@code POST /courses/{id}/owner}. */
  public record OwnerInput(String owner) {

    String checked() {
      InvalidInputException.check().required("owner", owner, Usernames.MAX_LENGTH).done();
      return owner;
    }
  }

  /** A submitted attempt: {questionId: [option positions, 0 first]}. */
  public record AnswersInput(Map<String, List<Integer>> answers) {

    Map<Long, List<Integer>> checked() {
      Map<Long, List<Integer>> result = new HashMap<>();
      if (answers == null) {
        return result;
      }
      for (Map.Entry<String, List<Integer>> entry : answers.entrySet()) {
        Long id = questionId(entry.getKey());
        InvalidInputException.check()
            .rule(id == null, "answers", "keys must be question ids")
            .rule(
                entry.getValue() != null && entry.getValue().contains(null),
                "answers",
                "option positions must be numbers")
            .done();
        result.put(id, entry.getValue() == null ? List.of() : entry.getValue());
      }
      return result;
    }
  }

  private static Long questionId(String key) {
    try {
      return Long.valueOf(key.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The body of {@code PUT /courses/{id}/reviews/mine}. */
  public record ReviewInput(Integer rating, String text) {

    int checkedRating() {
      InvalidInputException.check()
          .rule(rating == null || rating < 1 || rating > 5, "rating", "must be between 1 and 5")
          .optional("text", text, CourseReviews.MAX_TEXT)
          .done();
      return rating;
    }
  }

  /** A new thing's id. */
  public record CreatedDto(long id) {}
}
