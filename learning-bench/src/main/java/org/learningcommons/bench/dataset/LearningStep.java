package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Courses, their content, enrolments, progress, quiz attempts, completions and reviews (V12 of the
 * schema), as {@link LearningPlan} plans them, all with COPY and explicit ids above the highest one
 * in each table; the identity sequences move past them afterwards.
 *
 * <p>A generated course is one a generated person owns that was created by {@link
 * LearningPlan#END}; the application creates later ones with the real clock. Everything that hangs
 * off a generated course (content, enrolments and what the application adds to them during a
 * journey, completions, reviews) is the generator's too: deleting the course takes it along.
 */
final class LearningStep implements DatasetStep {

  static final String GENERATED_COURSE = generatedCourse("course");

  private static final String IN_GENERATED_COURSE =
      "exists (select 1 from course gc where gc.id = %s.course_id and "
          + generatedCourse("gc")
          + ")";

  private static final String VIA_ENROLMENT =
      "exists (select 1 from enrolment ge join course gc on gc.id = ge.course_id"
          + " where ge.id = %s.enrolment_id and "
          + generatedCourse("gc")
          + ")";

  /** Parents before children. */
  private static final Map<String, String> GENERATED = generated();

  /** Tables with identity ids: explicit ids go in, so their sequences move on afterwards. */
  private static final List<String> IDENTITY_TABLES =
      List.of(
          "course",
          "course_module",
          "course_item",
          "quiz_question",
          "enrolment",
          "quiz_attempt",
          "completion",
          "course_review");

  /** A course a generated person owns, created by the end of the generated history. */
  static String generatedCourse(String alias) {
    return alias
        + ".owner ~ '^u[0-9]{6}$' and "
        + alias
        + ".created_at <= '"
        + LearningPlan.END
        + "'";
  }

  private static Map<String, String> generated() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("course", GENERATED_COURSE);
    for (String child :
        List.of("course_tag", "course_audience_department", "course_module", "course_item")) {
      map.put(child, IN_GENERATED_COURSE.formatted(child));
    }
    map.put(
        "quiz_question",
        "exists (select 1 from course_item gi join course gc on gc.id = gi.course_id"
            + " where gi.id = quiz_question.item_id and "
            + generatedCourse("gc")
            + ")");
    map.put(
        "quiz_option",
        "exists (select 1 from quiz_question gq join course_item gi on gi.id = gq.item_id"
            + " join course gc on gc.id = gi.course_id where gq.id = quiz_option.question_id and "
            + generatedCourse("gc")
            + ")");
    map.put("enrolment", IN_GENERATED_COURSE.formatted("enrolment"));
    map.put("item_progress", VIA_ENROLMENT.formatted("item_progress"));
    map.put("quiz_attempt", VIA_ENROLMENT.formatted("quiz_attempt"));
    map.put("completion", IN_GENERATED_COURSE.formatted("completion"));
    map.put("course_review", IN_GENERATED_COURSE.formatted("course_review"));
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return "learning";
  }

  @Override
  public List<String> tables() {
    return List.copyOf(GENERATED.keySet());
  }

  @Override
  public String generatedRows(String table) {
    String condition = GENERATED.get(table);
    if (condition == null) {
      throw new IllegalArgumentException("The learning step does not fill " + table);
    }
    return condition;
  }

  @Override
  public long load(Dataset dataset, Loader loader) throws SQLException {
    LearningPlan plan = LearningPlan.plan(dataset);
    Connection connection = loader.connection();
    long course = maxId(connection, "course");
    long module = maxId(connection, "course_module");
    long item = maxId(connection, "course_item");
    long question = maxId(connection, "quiz_question");
    long enrolment = maxId(connection, "enrolment");
    long attempt = maxId(connection, "quiz_attempt");
    long completion = maxId(connection, "completion");
    long review = maxId(connection, "course_review");

    long rows =
        loader.copy(
            "course",
            List.of(
                "id",
                "title",
                "summary",
                "category",
                "duration_minutes",
                "format",
                "owner",
                "status",
                "self_enrol",
                "validity_months",
                "renewal_window_days",
                "created_at",
                "updated_at",
                "published_at",
                "retired_at",
                "rating_count",
                "rating_sum",
                "version"),
            plan.courses,
            (c, row) -> {
              row.number(course + c.id())
                  .text(c.title())
                  .text(c.summary())
                  .text(c.category())
                  .number(c.durationMinutes())
                  .text(c.format())
                  .text(c.owner())
                  .text(c.status())
                  .bool(c.selfEnrol());
              if (c.validityMonths() == null) {
                row.nothing();
              } else {
                row.number(c.validityMonths());
              }
              row.number(c.renewalWindowDays())
                  .instant(c.createdAt())
                  .instant(c.updatedAt())
                  .instant(c.publishedAt())
                  .instant(c.retiredAt())
                  .number(plan.ratingCount(c.id()))
                  .number(plan.ratingSum(c.id()))
                  .number(0);
            });
    rows +=
        loader.copy(
            "course_tag",
            List.of("course_id", "tag"),
            pairs(plan.courses, LearningPlan.Course::tags),
            (p, row) -> row.number(course + p.id()).text(p.value()));
    rows +=
        loader.copy(
            "course_audience_department",
            List.of("course_id", "department"),
            pairs(plan.courses, LearningPlan.Course::departments),
            (p, row) -> row.number(course + p.id()).text(p.value()));
    rows +=
        loader.copy(
            "course_module",
            List.of("id", "course_id", "position", "title"),
            plan.modules,
            (m, row) ->
                row.number(module + m.id())
                    .number(course + m.courseId())
                    .number(m.position())
                    .text(m.title()));
    rows +=
        loader.copy(
            "course_item",
            List.of(
                "id",
                "module_id",
                "course_id",
                "position",
                "kind",
                "title",
                "body",
                "url",
                "required",
                "pass_mark",
                "attempt_limit"),
            plan.items,
            (i, row) -> {
              row.number(item + i.id())
                  .number(module + i.moduleId())
                  .number(course + i.courseId())
                  .number(i.position())
                  .text(i.kind())
                  .text(i.title())
                  .text(i.body())
                  .text(i.url())
                  .bool(i.required());
              optional(row, i.passMark());
              optional(row, i.attemptLimit());
            });
    rows +=
        loader.copy(
            "quiz_question",
            List.of("id", "item_id", "position", "kind", "text"),
            plan.questions,
            (q, row) ->
                row.number(question + q.id())
                    .number(item + q.itemId())
                    .number(q.position())
                    .text(q.kind())
                    .text(q.text()));
    rows +=
        loader.copy(
            "quiz_option",
            List.of("question_id", "position", "text", "correct"),
            plan.options,
            (o, row) ->
                row.number(question + o.questionId())
                    .number(o.position())
                    .text(o.text())
                    .bool(o.correct()));
    rows +=
        loader.copy(
            "enrolment",
            List.of(
                "id",
                "course_id",
                "username",
                "origin",
                "enrolled_by",
                "enrolled_at",
                "due_at",
                "status",
                "started_at",
                "completed_at",
                "withdrawn_at",
                "version"),
            plan.enrolments,
            (e, row) ->
                row.number(enrolment + e.id())
                    .number(course + e.courseId())
                    .text(e.username())
                    .text(e.origin())
                    .text(e.enrolledBy())
                    .instant(e.enrolledAt())
                    .instant(e.dueAt())
                    .text(e.status())
                    .instant(e.startedAt())
                    .instant(e.completedAt())
                    .instant(e.withdrawnAt())
                    .number(0));
    rows +=
        loader.copy(
            "item_progress",
            List.of("enrolment_id", "item_id", "completed_at"),
            plan.progress,
            (p, row) ->
                row.number(enrolment + p.enrolmentId())
                    .number(item + p.itemId())
                    .instant(Instant.ofEpochMilli(p.completedAt())));
    rows +=
        loader.copy(
            "quiz_attempt",
            List.of(
                "id",
                "enrolment_id",
                "item_id",
                "number",
                "started_at",
                "submitted_at",
                "question_order",
                "score",
                "passed",
                "answers"),
            plan.attempts,
            (a, row) -> {
              row.number(attempt + a.id())
                  .number(enrolment + a.enrolmentId())
                  .number(item + a.itemId())
                  .number(a.number())
                  .instant(a.startedAt())
                  .instant(a.submittedAt())
                  .text(questionOrder(a, question));
              optional(row, a.score());
              if (a.passed() == null) {
                row.nothing();
              } else {
                row.bool(a.passed());
              }
              row.text(answers(a, question));
            });
    rows +=
        loader.copy(
            "completion",
            List.of(
                "id",
                "course_id",
                "username",
                "enrolment_id",
                "completed_at",
                "minutes",
                "source",
                "valid_until",
                "verification_code",
                "recorded_by",
                "recorded_at"),
            plan.completions,
            (c, row) -> {
              row.number(completion + c.id()).number(course + c.courseId()).text(c.username());
              if (c.enrolmentId() == 0) {
                row.nothing();
              } else {
                row.number(enrolment + c.enrolmentId());
              }
              row.instant(c.completedAt())
                  .number(c.minutes())
                  .text(c.source())
                  .instant(c.validUntil())
                  .text(c.verificationCode())
                  .text(c.recordedBy())
                  .instant(c.recordedAt());
            });
    rows +=
        loader.copy(
            "course_review",
            List.of("id", "course_id", "username", "rating", "text", "created_at", "updated_at"),
            plan.reviews,
            (r, row) ->
                row.number(review + r.id())
                    .number(course + r.courseId())
                    .text(r.username())
                    .number(r.rating())
                    .text(r.text())
                    .instant(r.createdAt())
                    .instant(r.createdAt()));
    try (Statement statement = connection.createStatement()) {
      for (String table : IDENTITY_TABLES) {
        statement.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), coalesce(max(id), 1), max(id) is not null) from "
                + table);
      }
    }
    loader.note("  %s", describe(plan));
    return rows;
  }

  /** What the catalogue and the records hold, for the progress output. */
  static String describe(LearningPlan plan) {
    return String.format(
        Locale.ROOT,
        "courses: %,d published, %,d draft, %,d retired (%,d for some departments only);"
            + " %,d items (%,d quizzes); enrolments: %,d active, %,d completed, %,d withdrawn;"
            + " %,d completions (%,d imported); %,d reviews; records of %,d entries: %s",
        count(plan.courses, c -> c.status().equals("PUBLISHED")),
        count(plan.courses, c -> c.status().equals("DRAFT")),
        count(plan.courses, c -> c.status().equals("RETIRED")),
        count(plan.courses, c -> !c.departments().isEmpty()),
        plan.items.size(),
        count(plan.items, LearningPlan.Item::isQuiz),
        count(plan.enrolments, e -> e.status().equals("ACTIVE")),
        count(plan.enrolments, e -> e.status().equals("COMPLETED")),
        count(plan.enrolments, e -> e.status().equals("WITHDRAWN")),
        plan.completions.size(),
        count(plan.completions, c -> c.source().equals("IMPORT")),
        plan.reviews.size(),
        plan.completions.stream().filter(c -> c.username().equals(first(plan))).count(),
        String.join(", ", plan.recordPeople));
  }

  private static String first(LearningPlan plan) {
    return plan.recordPeople.isEmpty() ? "" : plan.recordPeople.get(0);
  }

  private static <T> long count(List<T> list, Predicate<T> test) {
    return list.stream().filter(test).count();
  }

  /** The question ids as the attempt showed them, comma-separated. */
  static String questionOrder(LearningPlan.Attempt attempt, long questionBase) {
    StringJoiner ids = new StringJoiner(",");
    for (int id : attempt.questionOrder()) {
      ids.add(Long.toString(questionBase + id));
    }
    return ids.toString();
  }

  /** The submitted answers as the application stores them: {@code {"<questionId>": [0, 2]}}. */
  static String answers(LearningPlan.Attempt attempt, long questionBase) {
    if (attempt.answers() == null) {
      return null;
    }
    StringJoiner json = new StringJoiner(",", "{", "}");
    for (int i = 0; i < attempt.questionOrder().size(); i++) {
      StringJoiner positions = new StringJoiner(",", "[", "]");
      int chosen = attempt.answers().get(i);
      for (int position = 0; position < 32; position++) {
        if ((chosen & (1 << position)) != 0) {
          positions.add(Integer.toString(position));
        }
      }
      json.add("\"" + (questionBase + attempt.questionOrder().get(i)) + "\":" + positions);
    }
    return json.toString();
  }

  private static void optional(Loader.Row row, Integer value) {
    if (value == null) {
      row.nothing();
    } else {
      row.number(value);
    }
  }

  /** One (course, value) pair per value of a list. */
  record Pair(int id, String value) {}

  private static List<Pair> pairs(
      List<LearningPlan.Course> courses, Function<LearningPlan.Course, List<String>> values) {
    List<Pair> pairs = new ArrayList<>();
    for (LearningPlan.Course c : courses) {
      for (String value : values.apply(c)) {
        pairs.add(new Pair(c.id(), value));
      }
    }
    return pairs;
  }

  private static long maxId(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
