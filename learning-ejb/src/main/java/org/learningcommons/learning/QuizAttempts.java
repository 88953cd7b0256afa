package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.learning.CourseViews.ProgressView;
import org.learningcommons.learning.QuizViews.AttemptRecord;
import org.learningcommons.learning.QuizViews.AttemptResult;
import org.learningcommons.learning.QuizViews.AttemptView;
import org.learningcommons.learning.QuizViews.QuestionView;
import org.learningcommons.people.Role;

/**
 * Quiz attempts. Starting one locks the learner's enrolment, so that the attempt limit holds
 * however many requests arrive at once; an attempt shows the quiz's questions in its own shuffled
 * order and never says which options are right. Answers are scored here; an attempt is submitted
 * once, and a pass counts as the quiz done (which may complete the course). Attempts and results
 * are kept.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class QuizAttempts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB CompletionRecorder completions;

  /**
   * The caller's open attempt at the quiz, or a new one when they have attempts left.
   *
   * @return the attempt; {@code submitted} is false
   */
  public AttemptView start(long courseId, long itemId) {
    gate.course(courseId);
    CourseItem quiz = quiz(courseId, itemId);
    Enrolment enrolment = requireActive(courseId);
    @SuppressWarnings("unchecked")
    List<Object[]> open =
        em.createNativeQuery(
                "select number, question_order, started_at from quiz_attempt"
                    + " where enrolment_id = ?1 and item_id = ?2 and submitted_at is null"
                    + " order by number desc limit 1")
            .setParameter(1, enrolment.getId())
            .setParameter(2, itemId)
            .getResultList();
    int used = used(enrolment, itemId);
    List<QuizQuestion> questions = questions(itemId);
    if (!open.isEmpty()) {
      Object[] row = open.get(0);
      return view(
          courseId,
          quiz,
          intValue(row[0]),
          true,
          instant(row[2]),
          order(string(row[1])),
          questions,
          used);
    }
    if (!quiz.allowsAttempt(used)) {
      throw new CourseConflictException(
          "refusal.quiz.noAttemptsLeft",
          "You have used all " + quiz.getAttemptLimit() + " attempts at this quiz.");
    }
    if (questions.isEmpty()) {
      throw new CourseConflictException(
          "refusal.quiz.noQuestions", "This quiz has no questions yet.");
    }
    List<Long> order = new ArrayList<>(questions.stream().map(QuizQuestion::getId).toList());
    Collections.shuffle(order, RANDOM);
    Instant now = Instant.now();
    enrolment.start(now);
    int number = used + 1;
    em.createNativeQuery(
            "insert into quiz_attempt (enrolment_id, item_id, number, started_at, question_order)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, enrolment.getId())
        .setParameter(2, itemId)
        .setParameter(3, number)
        .setParameter(4, timestamp(now))
        .setParameter(5, String.join(",", order.stream().map(String::valueOf).toList()))
        .executeUpdate();
    return view(courseId, quiz, number, false, now, order, questions, number);
  }

  /**
   * Scores the attempt's answers, {questionId: [option positions]}; a question left out counts as
   * wrong. 400 for a question not in the attempt or an option the question does not have; 409 when
   * the attempt was submitted already.
   */
  public AttemptResult submit(
      long courseId, long itemId, int number, Map<Long, List<Integer>> answers) {
    Course course = gate.course(courseId);
    CourseItem quiz = quiz(courseId, itemId);
    Enrolment enrolment = requireActive(courseId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, question_order, submitted_at from quiz_attempt"
                    + " where enrolment_id = ?1 and item_id = ?2 and number = ?3")
            .setParameter(1, enrolment.getId())
            .setParameter(2, itemId)
            .setParameter(3, number)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("attempt", number);
    }
    Object[] attempt = rows.get(0);
    if (attempt[2] != null) {
      throw new CourseConflictException(
          "refusal.quiz.submitted", "This attempt was submitted already.");
    }
    List<Long> order = order(string(attempt[1]));
    Map<Long, List<Integer>> given = answers == null ? Map.of() : answers;
    for (Long questionId : given.keySet()) {
      if (questionId == null || !order.contains(questionId)) {
        throw new RejectedInputException(
            "answers",
            "refusal.quiz.unknownQuestion",
            "Question " + questionId + " is not part of this attempt.");
      }
    }
    Map<Long, QuizQuestion> byId =
        questions(itemId).stream()
            .collect(Collectors.toMap(QuizQuestion::getId, Function.identity()));
    // Questions removed by the authors since the attempt started no longer count.
    List<QuizQuestion> asked = order.stream().map(byId::get).filter(q -> q != null).toList();
    Map<Long, Set<Integer>> chosen = new LinkedHashMap<>();
    for (QuizQuestion question : asked) {
      List<Integer> positions = given.get(question.getId());
      if (positions != null) {
        chosen.put(question.getId(), new TreeSet<>(positions));
      }
    }
    QuizScore result;
    try {
      result = QuizScore.of(asked, chosen);
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("answers", "refusal.quiz.answer", e.getMessage() + ".");
    }
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<Long, Set<Integer>> entry : chosen.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"')
          .append(entry.getKey())
          .append("\":")
          .append(
              entry.getValue().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(",", "[", "]")));
    }
    json.append('}');
    int score = result.percent();
    int correct = result.correct();
    int total = result.questions();
    boolean passed = result.passes(quiz);
    Instant now = Instant.now();
    int updated =
        em.createNativeQuery(
                "update quiz_attempt set submitted_at = ?1, score = ?2, passed = ?3, answers = ?4"
                    + " where id = ?5 and submitted_at is null")
            .setParameter(1, timestamp(now))
            .setParameter(2, score)
            .setParameter(3, passed)
            .setParameter(4, json.toString())
            .setParameter(5, longValue(attempt[0]))
            .executeUpdate();
    if (updated == 0) {
      throw new CourseConflictException(
          "refusal.quiz.submitted", "This attempt was submitted already.");
    }
    ProgressView progress = null;
    if (passed) {
      LearnerState.markDone(em, enrolment, itemId, now);
      progress = LearnerState.completeIfDone(em, completions, course, enrolment, now);
    }
    int used = used(enrolment, itemId);
    return new AttemptResult(
        number,
        score,
        passed,
        quiz.getPassMark(),
        correct,
        total,
        quiz.getAttemptLimit() == null ? null : Math.max(0, quiz.getAttemptLimit() - used),
        progress != null && progress.courseCompleted(),
        progress == null ? null : progress.completionId(),
        progress == null ? null : progress.verificationCode());
  }

  /** The caller's attempts at the quiz on their current (or latest) enrolment, newest first. */
  public List<AttemptRecord> attempts(long courseId, long itemId) {
    gate.course(courseId);
    quiz(courseId, itemId);
    Enrolment enrolment = LearnerState.shown(em, courseId, gate.caller());
    if (enrolment == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select number, started_at, submitted_at, score, passed from quiz_attempt"
                    + " where enrolment_id = ?1 and item_id = ?2 order by number desc limit 100")
            .setParameter(1, enrolment.getId())
            .setParameter(2, itemId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AttemptRecord(
                    intValue(r[0]),
                    instant(r[1]),
                    r[2] == null ? null : instant(r[2]),
                    r[3] == null ? null : intValue(r[3]),
                    (Boolean) r[4]))
        .toList();
  }

  private AttemptView view(
      long courseId,
      CourseItem quiz,
      int number,
      boolean resumed,
      Instant startedAt,
      List<Long> order,
      List<QuizQuestion> questions,
      int used) {
    Map<Long, QuizQuestion> byId =
        questions.stream().collect(Collectors.toMap(QuizQuestion::getId, Function.identity()));
    List<QuestionView> shown = new ArrayList<>();
    for (Long id : order) {
      QuizQuestion q = byId.get(id);
      if (q != null) {
        shown.add(
            new QuestionView(
                q.getId(),
                q.getKind(),
                q.getText(),
                q.getOptions().stream().map(QuizOption::getText).toList()));
      }
    }
    return new AttemptView(
        courseId,
        quiz.getId(),
        number,
        resumed,
        startedAt,
        false,
        null,
        null,
        shown,
        quiz.getAttemptLimit() == null ? null : Math.max(0, quiz.getAttemptLimit() - used));
  }

  private int used(Enrolment enrolment, long itemId) {
    return intValue(
        em.createNativeQuery(
                "select count(*) from quiz_attempt where enrolment_id = ?1 and item_id = ?2")
            .setParameter(1, enrolment.getId())
            .setParameter(2, itemId)
            .getSingleResult());
  }

  private CourseItem quiz(long courseId, long itemId) {
    CourseItem item = em.find(CourseItem.class, itemId);
    if (item == null || item.getCourseId() != courseId || item.getKind() != ItemKind.QUIZ) {
      throw new NotFoundException("quiz", itemId);
    }
    return item;
  }

  private List<QuizQuestion> questions(long itemId) {
    return em.createQuery(
            "select q from QuizQuestion q where q.itemId = :i order by q.position, q.id",
            QuizQuestion.class)
        .setParameter("i", itemId)
        .setHint("eclipselink.batch", "q.options")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  private Enrolment requireActive(long courseId) {
    Enrolment enrolment = LearnerState.lockedActive(em, courseId, gate.caller());
    if (enrolment == null) {
      throw new NotPermittedException(
          "refusal.course.enrolFirst", "Enrol on the course first to take its quizzes.");
    }
    return enrolment;
  }

  private static List<Long> order(String text) {
    return new ArrayList<>(
        new LinkedHashSet<>(Arrays.stream(text.split(",")).map(Long::valueOf).toList()));
  }
}
