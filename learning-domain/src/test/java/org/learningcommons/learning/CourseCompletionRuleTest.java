package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseCompletionRuleTest {

  private final CourseModule module = LearningFixtures.module(LearningFixtures.course(null));

  @Test
  void completeWhenEveryRequiredLessonIsDoneAndRequiredQuizPassed() {
    List<CourseItem> items =
        List.of(
            LearningFixtures.page(module, 1, true),
            LearningFixtures.page(module, 2, false),
            LearningFixtures.quiz(module, 3, true));
    assertFalse(CourseCompletionRule.isComplete(items, Set.of(1L)));
    assertFalse(CourseCompletionRule.isComplete(items, Set.of(1L, 2L)));
    assertTrue(CourseCompletionRule.isComplete(items, Set.of(1L, 3L)));
    assertEquals(50, CourseCompletionRule.percentDone(items, Set.of(3L, 2L)));
  }

  @Test
  void withoutRequiredItemsEveryItemCounts() {
    List<CourseItem> items =
        List.of(LearningFixtures.page(module, 1, false), LearningFixtures.page(module, 2, false));
    assertFalse(CourseCompletionRule.isComplete(items, Set.of(1L)));
    assertTrue(CourseCompletionRule.isComplete(items, Set.of(1L, 2L)));
  }

  @Test
  void aCourseWithoutContentIsNeverCompletedByItsContent() {
    assertFalse(CourseCompletionRule.isComplete(List.of(), Set.of()));
    assertEquals(0, CourseCompletionRule.percentDone(List.of(), Set.of()));
  }
}
