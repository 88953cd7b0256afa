package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningcommons.learning.LearningFixtures.course;
import static org.learningcommons.learning.LearningFixtures.module;
import static org.learningcommons.learning.LearningFixtures.quiz;
import static org.learningcommons.learning.LearningFixtures.withId;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScoreTest {

  private final CourseItem quiz = quiz(module(course(null)), 50L, true);
  private final QuizQuestion single =
      question(
          101L,
          QuestionKind.SINGLE,
          List.of(new QuizOption("Right", true), new QuizOption("Wrong", false)));
  private final QuizQuestion multiple =
      question(
          102L,
          QuestionKind.MULTIPLE,
          List.of(
              new QuizOption("A", true), new QuizOption("B", false), new QuizOption("C", true)));
  private final QuizQuestion trueFalse =
      question(
          103L,
          QuestionKind.TRUE_FALSE,
          List.of(new QuizOption("True", false), new QuizOption("False", true)));
  private final List<QuizQuestion> questions = List.of(single, multiple, trueFalse);

  @Test
  void allRightScoresAHundredAndPasses() {
    QuizScore score =
        QuizScore.of(questions, Map.of(101L, Set.of(0), 102L, Set.of(0, 2), 103L, Set.of(1)));
    assertEquals(new QuizScore(3, 3, 100), score);
    assertTrue(score.passes(quiz));
  }

  @Test
  void aPartlyRightMultipleChoiceAnswerIsWrongAndThePercentRoundsDown() {
    QuizScore score =
        QuizScore.of(questions, Map.of(101L, Set.of(0), 102L, Set.of(0), 103L, Set.of(1)));
    assertEquals(new QuizScore(2, 3, 66), score);
    assertFalse(score.passes(quiz), "the fixture's pass mark is 80");
  }

  @Test
  void unansweredQuestionsAreWrong() {
    assertEquals(new QuizScore(1, 3, 33), QuizScore.of(questions, Map.of(103L, Set.of(1))));
    assertEquals(new QuizScore(0, 3, 0), QuizScore.of(questions, null));
  }

  @Test
  void forgedAnswersAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> QuizScore.of(questions, Map.of(999L, Set.of(0))));
    assertThrows(
        IllegalArgumentException.class, () -> QuizScore.of(questions, Map.of(101L, Set.of(5))));
    assertThrows(
        IllegalArgumentException.class, () -> QuizScore.of(questions, Map.of(101L, Set.of(-1))));
    assertThrows(
        IllegalArgumentException.class, () -> QuizScore.of(questions, Map.of(101L, Set.of(0, 1))));
  }

  @Test
  void aQuizWithoutQuestionsScoresNothing() {
    assertEquals(new QuizScore(0, 0, 0), QuizScore.of(List.of(), Map.of()));
  }

  private QuizQuestion question(long id, QuestionKind kind, List<QuizOption> options) {
    return withId(new QuizQuestion(quiz, (int) id, kind, "Question " + id, options), id);
  }
}
