package org.learningcommons.learning;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Builds learning entities with ids, as if they had been stored. */
final class LearningFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private LearningFixtures() {}

  static CourseDescription description(Integer validityMonths) {
    return new CourseDescription(
        "Fire safety",
        "What to do when the alarm sounds.",
        "Compliance",
        List.of(" Safety ", "fire", "SAFETY"),
        List.of(),
        45,
        CourseFormat.E_LEARNING,
        true,
        validityMonths,
        30);
  }

  static Course course(Integer validityMonths) {
    return withId(new Course(description(validityMonths), "hannah", NOW), 1L);
  }

  static Course publishedCourse(Integer validityMonths) {
    Course course = course(validityMonths);
    course.publish(NOW);
    return course;
  }

  static CourseModule module(Course course) {
    return withId(new CourseModule(course, 1, "Basics"), 10L);
  }

  static CourseItem page(CourseModule module, long id, boolean required) {
    return withId(
        CourseItem.lesson(
            module, (int) id, ItemKind.PAGE, "Page " + id, "<p>Text</p>", null, null, required),
        id);
  }

  static CourseItem quiz(CourseModule module, long id, boolean required) {
    return withId(CourseItem.quiz(module, (int) id, "Quiz " + id, null, 80, 3, required), id);
  }

  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
