package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningcommons.learning.LearningFixtures.NOW;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseTest {

  @Test
  void tagsAreTrimmedLowerCasedAndUnique() {
    assertEquals(Set.of("safety", "fire"), LearningFixtures.course(null).getTags());
  }

  @Test
  void aCourseGoesFromDraftToPublishedToRetiredAndNoOtherWay() {
    Course course = LearningFixtures.course(null);
    assertThrows(CourseStateException.class, () -> course.retire(NOW));
    course.publish(NOW);
    assertEquals(CourseStatus.PUBLISHED, course.getStatus());
    assertThrows(CourseStateException.class, () -> course.publish(NOW));
    course.retire(NOW);
    assertEquals(CourseStatus.RETIRED, course.getStatus());
    assertThrows(
        CourseStateException.class, () -> course.describe(LearningFixtures.description(12), NOW));
  }

  @Test
  void aCourseForDepartmentsIsOnlyForPeopleInThem() {
    Course course =
        new Course(
            new CourseDescription(
                "Forklift",
                "Driving",
                "Safety",
                List.of(),
                List.of("Logistics", " "),
                60,
                CourseFormat.CLASSROOM,
                false,
                null,
                0),
            "hannah",
            NOW);
    assertTrue(course.isFor("Logistics"));
    assertFalse(course.isFor("Sales"));
    assertFalse(course.isFor(null));
    assertTrue(LearningFixtures.course(null).isFor(null));
  }

  @Test
  void validityIsCountedInCalendarMonths() {
    Course course = LearningFixtures.course(12);
    assertEquals(Instant.parse("2027-03-01T09:00:00Z"), course.validUntil(LearningFixtures.NOW));
    assertNull(LearningFixtures.course(null).validUntil(NOW));
  }

  @Test
  void badDescriptionsAreRefusedWithTheFieldNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Course(
                    new CourseDescription(
                        "T", "S", "C", List.of(), List.of(), 0, CourseFormat.VIDEO, true, null, 0),
                    "hannah",
                    NOW));
    assertTrue(e.getMessage().contains("duration"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Course(
                new CourseDescription(
                    " ", "S", "C", List.of(), List.of(), 5, CourseFormat.VIDEO, true, null, 0),
                "hannah",
                NOW));
  }

  @Test
  void ratingsAverageAndAChangedRatingIsNotCountedTwice() {
    Course course = LearningFixtures.course(null);
    course.rate(5, null);
    course.rate(3, null);
    course.rate(4, 3);
    assertEquals(2, course.getRatingCount());
    assertEquals(4.5, course.getAverageRating());
  }

  @Test
  void aDraftTakesNoLearners() {
    Course draft = LearningFixtures.course(null);
    assertThrows(
        CourseStateException.class,
        () -> new Enrolment(draft, "mike", EnrolmentOrigin.SELF, "mike", null, NOW));
  }
}
