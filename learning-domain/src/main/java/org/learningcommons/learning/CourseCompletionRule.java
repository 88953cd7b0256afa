package org.learningcommons.learning;

import java.util.Collection;
import java.util.Set;

/**
 * When a course is complete: every required lesson done and every required quiz passed. A course
 * with no required items is complete when every item is done, so that an empty checklist never
 * completes a course by itself.
 */
public final class CourseCompletionRule {

  private CourseCompletionRule() {}

  /**
   * @param items the course's items
   * @param done ids of the items the learner has done (lessons) or passed (quizzes)
   */
  public static boolean isComplete(Collection<CourseItem> items, Set<Long> done) {
    if (items.isEmpty()) {
      return false;
    }
    boolean anyRequired = items.stream().anyMatch(CourseItem::isRequired);
    return items.stream()
        .filter(item -> item.isRequired() || !anyRequired)
        .allMatch(item -> done.contains(item.getId()));
  }

  /** Percentage of the counted items done, for progress bars (0..100). */
  public static int percentDone(Collection<CourseItem> items, Set<Long> done) {
    boolean anyRequired = items.stream().anyMatch(CourseItem::isRequired);
    long counted = items.stream().filter(item -> item.isRequired() || !anyRequired).count();
    if (counted == 0) {
      return 0;
    }
    long finished =
        items.stream()
            .filter(item -> item.isRequired() || !anyRequired)
            .filter(item -> done.contains(item.getId()))
            .count();
    return (int) (finished * 100 / counted);
  }
}
