package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizQuestionTest {

  private final CourseItem quiz =
      LearningFixtures.quiz(LearningFixtures.module(LearningFixtures.course(null)), 5, true);

  @Test
  void aMultipleChoiceAnswerIsRightOnlyWithExactlyTheRightOptions() {
    QuizQuestion question =
        new QuizQuestion(
            quiz,
            1,
            QuestionKind.MULTIPLE,
            "Which exits are safe?",
            List.of(
                new QuizOption("North", true),
                new QuizOption("Lift", false),
                new QuizOption("South", true)));
    assertTrue(question.isAnsweredBy(Set.of(0, 2)));
    assertFalse(question.isAnsweredBy(Set.of(0)));
    assertFalse(question.isAnsweredBy(Set.of(0, 1, 2)));
    assertFalse(question.isAnsweredBy(Set.of()));
  }

  @Test
  void forgedAnswersAreRefused() {
    QuizQuestion question =
        new QuizQuestion(
            quiz,
            1,
            QuestionKind.TRUE_FALSE,
            "Use the lift in a fire?",
            List.of(new QuizOption("True", false), new QuizOption("False", true)));
    assertTrue(question.isAnsweredBy(Set.of(1)));
    assertThrows(IllegalArgumentException.class, () -> question.isAnsweredBy(Set.of(0, 1)));
    assertThrows(IllegalArgumentException.class, () -> question.isAnsweredBy(Set.of(7)));
  }

  @Test
  void questionsMustHaveTheRightNumberOfRightOptions() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuizQuestion(
                quiz,
                1,
                QuestionKind.SINGLE,
                "?",
                List.of(new QuizOption("a", true), new QuizOption("b", true))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuizQuestion(
                quiz,
                1,
                QuestionKind.TRUE_FALSE,
                "?",
                List.of(
                    new QuizOption("a", true),
                    new QuizOption("b", false),
                    new QuizOption("c", false))));
  }

  @Test
  void attemptLimitAndPassMarkHold() {
    assertTrue(quiz.allowsAttempt(2));
    assertFalse(quiz.allowsAttempt(3));
    assertTrue(quiz.passes(80));
    assertFalse(quiz.passes(79));
  }
}
