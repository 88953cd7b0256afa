package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningcommons.bench.dataset.ReportingPlan.Assignment;
import org.learningcommons.bench.dataset.ReportingPlan.Outcome;

class ReportingPlanTest {

  private static final Dataset M = Dataset.plan(Preset.M, 42);
  private static final ReportingPlan PLAN = ReportingPlan.plan(M);
  private static final long END = ReportingPlan.END.toEpochMilli();
  private static final long DAY = Duration.ofDays(1).toMillis();

  @Test
  void everybodyIsAssignedEveryMandatoryCourseOnce() {
    assertEquals(6, PLAN.courses.size());
    assertEquals(1_000 * 6, PLAN.assignments.size());
    Set<String> pairs = new HashSet<>();
    for (Assignment a : PLAN.assignments) {
      assertTrue(pairs.add(a.person() + ":" + a.course()), "once per person and course");
    }
    assertEquals(20, Preset.XL.mandatoryCourses());
    assertEquals(
        1_000_000L, (long) Preset.XL.staff() * Preset.XL.mandatoryCourses(), "XL's million rows");
  }

  @Test
  void aboutSeventyPercentCompletedTenOverdueTheRestNotDueYet() {
    double completed = share(a -> a.outcome().completed());
    double overdue = share(a -> a.outcome() == Outcome.OVERDUE);
    double open = share(a -> a.outcome() == Outcome.OPEN);
    assertTrue(completed > 0.66 && completed < 0.74, "completed " + completed);
    assertTrue(overdue > 0.08 && overdue < 0.12, "overdue " + overdue);
    assertTrue(open > 0.16 && open < 0.24, "not due yet " + open);
  }

  @Test
  void renewableCoursesHaveExpiringAndExpiredCompletionsOthersNever() {
    Set<Integer> renewable =
        PLAN.courses.stream()
            .filter(c -> c.validityMonths() > 0)
            .map(ReportingPlan.Course::id)
            .collect(Collectors.toSet());
    assertTrue(!renewable.isEmpty() && renewable.size() < PLAN.courses.size());
    for (Assignment a : PLAN.assignments) {
      boolean expires = a.outcome() == Outcome.EXPIRING || a.outcome() == Outcome.EXPIRED;
      if (!renewable.contains(a.course())) {
        assertTrue(!expires && a.validUntil() == 0, a.toString());
      }
      switch (a.outcome()) {
        case EXPIRING ->
            assertTrue(a.validUntil() > END + DAY && a.validUntil() <= END + 95 * DAY, a + "");
        case EXPIRED -> assertTrue(a.validUntil() < END && a.renewalId() > 0, a.toString());
        case COMPLETED ->
            assertTrue(a.validUntil() == 0 || a.validUntil() > END + 95 * DAY, a.toString());
        default -> assertEquals(0, a.completionId(), a.toString());
      }
    }
    assertTrue(share(a -> a.outcome() == Outcome.EXPIRING) > 0.01);
    assertTrue(share(a -> a.outcome() == Outcome.EXPIRED) > 0.01);
  }

  @Test
  void datesAreInOrderAndDueDatesSpread() {
    Set<Long> overdueDays = new HashSet<>();
    for (Assignment a : PLAN.assignments) {
      assertTrue(a.assignedAt() >= ReportingPlan.ASSIGNED.toEpochMilli() && a.assignedAt() < END);
      assertTrue(a.dueAt() > a.assignedAt(), a.toString());
      if (a.started()) {
        assertTrue(a.startedAt() > a.assignedAt() && a.startedAt() < END, a.toString());
      }
      if (a.outcome().completed()) {
        assertTrue(a.completedAt() > a.startedAt() && a.completedAt() < END, a.toString());
        assertTrue(a.completionId() > 0, a.toString());
      }
      if (a.outcome() == Outcome.OVERDUE) {
        assertTrue(a.dueAt() < END, a.toString());
        overdueDays.add(a.dueAt() / DAY);
      }
      if (a.outcome() == Outcome.OPEN) {
        assertTrue(a.dueAt() >= END + 21 * DAY - 3_600_000L, a.toString());
      }
    }
    assertTrue(overdueDays.size() > 100, "overdue since many different days");
  }

  @Test
  void departmentsDifferInCompliance() {
    Map<Integer, String> departments =
        M.people().stream().collect(Collectors.toMap(Person::index, Person::department));
    Map<String, Double> rates =
        PLAN.assignments.stream()
            .collect(
                Collectors.groupingBy(
                    a -> departments.get(a.person()),
                    Collectors.averagingDouble(a -> a.outcome().completed() ? 1 : 0)));
    double min = rates.values().stream().mapToDouble(d -> d).min().orElseThrow();
    double max = rates.values().stream().mapToDouble(d -> d).max().orElseThrow();
    assertTrue(max - min > 0.05, "from " + min + " to " + max);
  }

  @Test
  void aboutFortyPercentActiveOnWeekdaysFewerAtWeekends() {
    Map<Boolean, Long> byWeekend =
        PLAN.activeDays.stream()
            .collect(
                Collectors.partitioningBy(
                    d -> d.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0,
                    Collectors.counting()));
    long weekdays = 0;
    for (int day = 0; day < ReportingPlan.ACTIVITY_DAYS; day++) {
      if (new ReportingPlan.ActiveDay(1, day).date().getDayOfWeek().getValue() < 6) {
        weekdays++;
      }
    }
    double weekday = byWeekend.get(false) / (1_000.0 * weekdays);
    double weekend = byWeekend.get(true) / (1_000.0 * (ReportingPlan.ACTIVITY_DAYS - weekdays));
    assertTrue(weekday > 0.36 && weekday < 0.44, "weekday share " + weekday);
    assertTrue(weekend < weekday / 4, "weekend share " + weekend);
    assertEquals(
        ReportingPlan.LAST_ACTIVE_DAY,
        new ReportingPlan.ActiveDay(1, ReportingPlan.ACTIVITY_DAYS - 1).date());
  }

  @Test
  void theSameSeedPlansTheSameRows() {
    ReportingPlan again = ReportingPlan.plan(Dataset.plan(Preset.M, 42));
    assertEquals(PLAN.assignments, again.assignments);
    assertEquals(PLAN.activeDays, again.activeDays);
    List<Assignment> other = ReportingPlan.plan(Dataset.plan(Preset.M, 43)).assignments;
    assertTrue(!other.equals(PLAN.assignments));
  }

  private static double share(Predicate<Assignment> test) {
    return PLAN.assignments.stream().filter(test).count() / (double) PLAN.assignments.size();
  }
}
