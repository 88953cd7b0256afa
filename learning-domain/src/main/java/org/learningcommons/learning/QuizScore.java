package org.learningcommons.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of a submitted quiz attempt: the share of questions answered exactly right, in whole
 * percent rounded down. A question left unanswered is wrong; an attempt without questions scores 0.
 *
 * @param correct questions answered right
 * @param questions questions counted
 * @param percent 0..100
 */
public record QuizScore(int correct, int questions, int percent) {

  /**
   * Scores the answers.
   *
   * @param questions the questions of the attempt
   * @param answers chosen option positions by question id
   * @throws IllegalArgumentException for an answer to a question not in {@code questions}, an
   *     option a question does not have, or several answers to a single-choice question
   */
  public static QuizScore of(List<QuizQuestion> questions, Map<Long, Set<Integer>> answers) {
    Map<Long, Set<Integer>> given = answers == null ? Map.of() : answers;
    Set<Long> asked =
        questions.stream().map(QuizQuestion::getId).collect(java.util.stream.Collectors.toSet());
    for (Long id : given.keySet()) {
      if (!asked.contains(id)) {
        throw new IllegalArgumentException("Question " + id + " is not part of this attempt");
      }
    }
    int correct = 0;
    for (QuizQuestion question : questions) {
      try {
        if (question.isAnsweredBy(given.getOrDefault(question.getId(), Set.of()))) {
          correct++;
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Question " + question.getId() + ": " + e.getMessage(), e);
      }
    }
    int total = questions.size();
    return new QuizScore(correct, total, total == 0 ? 0 : correct * 100 / total);
  }

  /** Whether this score passes the quiz. */
  public boolean passes(CourseItem quiz) {
    return quiz.passes(percent);
  }
}
