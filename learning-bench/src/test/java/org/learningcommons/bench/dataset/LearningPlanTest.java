package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningcommons.learning.VerificationCode;

class LearningPlanTest {

  private static final Dataset M = Dataset.plan(Preset.M, 42);
  private static final LearningPlan PLAN = LearningPlan.plan(M);

  @Test
  void mHasItsCatalogueOfCoursesWithModulesOfLessonsAndQuizzes() {
    assertEquals(500, PLAN.courses.size());
    long published = PLAN.courses.stream().filter(c -> c.status().equals("PUBLISHED")).count();
    assertTrue(published > 420 && published < 480, "about 90% published: " + published);
    long forDepartments = PLAN.courses.stream().filter(c -> !c.departments().isEmpty()).count();
    assertTrue(forDepartments > 70 && forDepartments < 130, "about 20%: " + forDepartments);
    for (LearningPlan.Course course : PLAN.courses) {
      List<LearningPlan.Item> items = PLAN.itemsOf(course.id());
      Set<Integer> modules = items.stream().map(LearningPlan.Item::moduleId).collect(toSet());
      assertTrue(modules.size() >= 3 && modules.size() <= 6, course.toString());
      assertTrue(items.get(items.size() - 1).isQuiz(), "the final assessment closes the course");
      assertTrue(course.title().length() <= 200 && !course.tags().isEmpty());
      assertTrue(course.tags().stream().allMatch(t -> t.equals(t.toLowerCase())), "tags as saved");
    }
    Map<Integer, Long> perQuiz =
        PLAN.questions.stream()
            .collect(Collectors.groupingBy(LearningPlan.Question::itemId, Collectors.counting()));
    assertTrue(perQuiz.values().stream().allMatch(n -> n == 5), "five questions per quiz");
    assertEquals(PLAN.items.stream().filter(LearningPlan.Item::isQuiz).count(), perQuiz.size());
  }

  @Test
  void everyQuestionHasTheRightNumberOfRightOptions() {
    Map<Integer, List<LearningPlan.Option>> options =
        PLAN.options.stream().collect(Collectors.groupingBy(LearningPlan.Option::questionId));
    for (LearningPlan.Question question : PLAN.questions) {
      List<LearningPlan.Option> mine = options.get(question.id());
      assertEquals(question.kind().equals("TRUE_FALSE") ? 2 : 4, mine.size());
      long right = mine.stream().filter(LearningPlan.Option::correct).count();
      assertEquals(question.kind().equals("MULTIPLE") ? 2 : 1, right, question.toString());
    }
  }

  @Test
  void everybodyHasAnActiveEnrolmentOnAPublishedCourseTheyMaySee() {
    Map<String, String> departments = new HashMap<>();
    M.people().forEach(p -> departments.put(p.username(), p.department()));
    Set<String> active = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (LearningPlan.Enrolment e : PLAN.enrolments) {
      assertTrue(pairs.add(e.courseId() + "/" + e.username()), "one enrolment per course: " + e);
      LearningPlan.Course course = PLAN.course(e.courseId());
      assertTrue(course.isFor(departments.get(e.username())), "in the audience: " + e);
      assertFalse(course.status().equals("DRAFT"), "nobody learns on a draft");
      assertFalse(e.enrolledAt().isAfter(LearningPlan.END));
      if (e.status().equals("ACTIVE") && course.status().equals("PUBLISHED")) {
        active.add(e.username());
      }
      if (!e.origin().equals("SELF")) {
        assertNotNull(e.dueAt(), "assigned training has a due date: " + e);
      }
    }
    assertEquals(M.people().size(), active.size());
    double perPerson = (double) PLAN.enrolments.size() / M.people().size();
    assertTrue(perPerson > 3.5 && perPerson < 4.6, "about 4 per person on M: " + perPerson);
  }

  @Test
  void aCompletedEnrolmentHasEveryRequiredItemDoneAndOneCompletion() {
    Map<Integer, Set<Integer>> done = new HashMap<>();
    for (LearningPlan.Progress p : PLAN.progress) {
      assertTrue(done.computeIfAbsent(p.enrolmentId(), k -> new HashSet<>()).add(p.itemId()));
    }
    Set<Integer> tried = new HashSet<>();
    PLAN.attempts.forEach(a -> tried.add(a.enrolmentId()));
    Map<Integer, LearningPlan.Completion> byEnrolment = new HashMap<>();
    for (LearningPlan.Completion c : PLAN.completions) {
      if (c.enrolmentId() > 0) {
        assertNull(byEnrolment.put(c.enrolmentId(), c), "one completion per enrolment");
      }
    }
    for (LearningPlan.Enrolment e : PLAN.enrolments) {
      Set<Integer> mine = done.getOrDefault(e.id(), Set.of());
      if (e.status().equals("COMPLETED")) {
        for (LearningPlan.Item item : PLAN.itemsOf(e.courseId())) {
          assertTrue(!item.required() || mine.contains(item.id()), "required item done: " + e);
        }
        LearningPlan.Completion completion = byEnrolment.get(e.id());
        assertNotNull(completion, e.toString());
        assertEquals(e.courseId(), completion.courseId());
        assertEquals(e.username(), completion.username());
        assertEquals(e.completedAt(), completion.completedAt());
        assertNotNull(e.startedAt());
      } else {
        assertNull(byEnrolment.get(e.id()), "only completed enrolments complete: " + e);
        assertNull(e.completedAt());
        assertEquals(e.status().equals("WITHDRAWN"), e.withdrawnAt() != null);
        assertEquals(
            !mine.isEmpty() || tried.contains(e.id()),
            e.startedAt() != null,
            "started with the first item or attempt");
      }
    }
  }

  @Test
  void completionsAreValidAsTheCourseSaysAndCarryUniqueCodesOfTheApplicationsForm() {
    Set<String> codes = new HashSet<>();
    for (LearningPlan.Completion c : PLAN.completions) {
      LearningPlan.Course course = PLAN.course(c.courseId());
      assertEquals(course.validUntil(c.completedAt()), c.validUntil());
      assertEquals(course.durationMinutes(), c.minutes());
      new VerificationCode(c.verificationCode());
      assertTrue(codes.add(c.verificationCode()), "unique: " + c.verificationCode());
      assertFalse(c.completedAt().isAfter(LearningPlan.END));
      assertEquals(c.enrolmentId() == 0, c.source().equals("IMPORT"), c.toString());
      if (c.source().equals("IMPORT")) {
        assertTrue(c.completedAt().isBefore(Dataset.EPOCH), "imports are the old history");
      }
    }
    assertTrue(
        PLAN.completions.stream().anyMatch(c -> c.validUntil() != null)
            && PLAN.completions.stream().anyMatch(c -> c.validUntil() == null));
    assertEquals(
        LearningPlan.verificationCode(42, 7), LearningPlan.verificationCode(42, 7), "stable");
  }

  @Test
  void aPassedQuizPassedInItsLastAttemptAndEveryScoreFollowsTheAnswers() {
    Map<Integer, LearningPlan.Question> questions = new HashMap<>();
    PLAN.questions.forEach(q -> questions.put(q.id(), q));
    Map<String, List<LearningPlan.Attempt>> byQuiz =
        PLAN.attempts.stream()
            .collect(Collectors.groupingBy(a -> a.enrolmentId() + "/" + a.itemId()));
    Set<String> passed = new HashSet<>();
    PLAN.progress.forEach(p -> passed.add(p.enrolmentId() + "/" + p.itemId()));
    for (Map.Entry<String, List<LearningPlan.Attempt>> entry : byQuiz.entrySet()) {
      List<LearningPlan.Attempt> attempts = entry.getValue();
      for (int n = 0; n < attempts.size(); n++) {
        LearningPlan.Attempt attempt = attempts.get(n);
        assertEquals(n + 1, attempt.number());
        LearningPlan.Item quiz = PLAN.items.get(attempt.itemId() - 1);
        assertTrue(quiz.attemptLimit() == null || attempts.size() <= quiz.attemptLimit());
        if (attempt.submittedAt() == null) {
          assertNull(attempt.score());
          continue;
        }
        int right = 0;
        for (int i = 0; i < attempt.questionOrder().size(); i++) {
          if (questions.get(attempt.questionOrder().get(i)).correct() == attempt.answers().get(i)) {
            right++;
          }
        }
        assertEquals(right * 20, attempt.score());
        assertEquals(attempt.score() >= quiz.passMark(), attempt.passed());
        boolean last = n == attempts.size() - 1;
        assertEquals(last && passed.contains(entry.getKey()), attempt.passed(), attempt.toString());
      }
    }
  }

  @Test
  void theRatingCountersMatchTheReviews() {
    assertEquals(150, PLAN.reviews.size());
    Map<Integer, List<LearningPlan.Review>> byCourse =
        PLAN.reviews.stream().collect(Collectors.groupingBy(LearningPlan.Review::courseId));
    Set<String> reviewers = new HashSet<>();
    for (LearningPlan.Course course : PLAN.courses) {
      List<LearningPlan.Review> mine = byCourse.getOrDefault(course.id(), List.of());
      assertEquals(mine.size(), PLAN.ratingCount(course.id()));
      assertEquals(
          mine.stream().mapToInt(LearningPlan.Review::rating).sum(), PLAN.ratingSum(course.id()));
      mine.forEach(r -> assertTrue(reviewers.add(r.courseId() + "/" + r.username())));
    }
  }

  @Test
  void aHandfulOfPeopleHaveALongRecordOfDistinctCoursesOverTheYears() {
    assertEquals(2, PLAN.recordPeople.size());
    for (String username : PLAN.recordPeople) {
      List<LearningPlan.Completion> record =
          PLAN.completions.stream().filter(c -> c.username().equals(username)).toList();
      assertEquals(300, record.size(), username);
      assertEquals(300, record.stream().map(LearningPlan.Completion::courseId).distinct().count());
      Set<Integer> years =
          record.stream()
              .map(c -> c.completedAt().atZone(java.time.ZoneOffset.UTC).getYear())
              .collect(toSet());
      assertTrue(years.size() >= 4, "several years of history: " + years);
      long active =
          PLAN.enrolments.stream()
              .filter(e -> e.username().equals(username) && e.status().equals("ACTIVE"))
              .count();
      assertEquals(LearningPlan.ACTIVE_ON_A_RECORD, active);
      int index = Integer.parseInt(username.substring(1));
      assertFalse(M.isManager(index) || M.person(index).hr(), "a member of staff like others");
    }
  }

  @Test
  void lIsSizedForIssueSixsTargets() {
    LearningPlan l = LearningPlan.plan(Dataset.plan(Preset.L, 42));
    assertEquals(2_000, l.courses.size());
    assertEquals(500, l.reviews.size());
    assertEquals(5, l.recordPeople.size());
    assertTrue(l.enrolments.size() > 45_000 && l.enrolments.size() < 55_000, "~5 per person");
    for (String username : l.recordPeople) {
      assertEquals(500, l.completions.stream().filter(c -> c.username().equals(username)).count());
    }
    LearningPlan.Progress last =
        l.progress.stream()
            .max(java.util.Comparator.comparingLong(LearningPlan.Progress::completedAt))
            .orElseThrow();
    assertFalse(
        Instant.ofEpochMilli(last.completedAt()).isAfter(LearningPlan.END),
        "nothing after the generated history: "
            + last
            + " of "
            + l.enrolments.get(last.enrolmentId() - 1));
  }

  @Test
  void theSameSeedPlansTheSameLearning() {
    LearningPlan again = LearningPlan.plan(Dataset.plan(Preset.M, 42));
    assertEquals(PLAN.courses, again.courses);
    assertEquals(PLAN.items, again.items);
    assertEquals(PLAN.enrolments, again.enrolments);
    assertEquals(PLAN.attempts, again.attempts);
    assertEquals(PLAN.completions, again.completions);
    assertEquals(PLAN.progress.size(), again.progress.size());
  }

  @Test
  void attemptsAreStoredAsTheApplicationWritesThem() {
    LearningPlan.Attempt attempt =
        new LearningPlan.Attempt(
            1,
            1,
            1,
            1,
            Instant.EPOCH,
            Instant.EPOCH,
            List.of(3, 1, 2),
            40,
            false,
            List.of(0b1, 0b101, 0b10));
    assertEquals("103,101,102", LearningStep.questionOrder(attempt, 100));
    assertEquals("{\"103\":[0],\"101\":[0,2],\"102\":[1]}", LearningStep.answers(attempt, 100));
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return Collectors.toSet();
  }
}
