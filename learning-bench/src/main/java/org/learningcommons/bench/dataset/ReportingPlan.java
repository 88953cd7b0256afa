package org.learningcommons.bench.dataset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the reports of issue 7 read beyond the learning step: mandatory courses assigned to
 * everybody by one rule each, as a rule evaluation leaves them (an assignment, a RULE enrolment due
 * with it, completions with and without validity), and the days people used the application.
 * Planned in memory from the seed; {@link ReportingStep} loads it with COPY and derives the monthly
 * compliance snapshots in the database.
 *
 * <p>The shares, per assignment: about 70% completed (on courses with a validity, some of those
 * expire within 95 days of {@link #END} and some have expired), about 10% overdue and the rest not
 * due yet. Each department shifts them by up to {@value #DEPARTMENT_SPREAD} so that the dashboard's
 * departments differ. All times lie before {@link #END}; statuses the reports compute against the
 * real clock therefore drift as it moves on (a "not yet due" assignment falls due).
 */
final class ReportingPlan {

  /** The end of the generated history, as for every other step. */
  static final Instant END = DiscussionPlanner.END;

  /**
   * When HR created the rules and everybody was first assigned. Before the profiles' first sync
   * ({@link Dataset#EPOCH}) so that the compliance trend has twelve months behind it; nothing in
   * the application compares the two.
   */
  static final Instant ASSIGNED = Instant.parse("2025-11-03T09:00:00Z");

  /** The compliance trend: twelve monthly snapshots, the last one the month of {@link #END}. */
  static final LocalDate FIRST_MONTH = LocalDate.of(2025, 12, 1);

  static final int MONTHS = 12;

  /** Days of {@code staff_activity_day}, ending with the day of {@link #END}. */
  static final int ACTIVITY_DAYS = 90;

  static final LocalDate LAST_ACTIVE_DAY = END.atZone(ZoneOffset.UTC).toLocalDate();

  static final double DEPARTMENT_SPREAD = 0.08;

  /** Open assignments fall due this many days after {@link #END} at the earliest. */
  static final int OPEN_DUE_AFTER_END = 21;

  /** Verification codes of these completions start here, far above the learning step's. */
  static final long CODE_OFFSET = 1_000_000_000L;

  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long HOUR = Duration.ofHours(1).toMillis();

  private static final String[] TITLES = {
    "Information security essentials",
    "Data protection and privacy",
    "Fire safety at work",
    "Anti-bribery and corruption",
    "Health and safety induction",
    "Code of conduct",
    "Equality, diversity and inclusion",
    "Anti-money laundering",
    "Safeguarding basics",
    "Display screen equipment",
    "Modern slavery awareness",
    "Whistleblowing: speaking up",
    "Competition law essentials",
    "Phishing and social engineering",
    "Manual handling",
    "Conflicts of interest",
    "Export controls and sanctions",
    "Records management",
    "Respect at work",
    "Business continuity awareness"
  };

  /** What became of one assignment by {@link #END}. */
  enum Outcome {
    /** Completed, and valid well beyond the next 95 days (or for ever). */
    COMPLETED,
    /** Completed; the completion expires between 2 and 95 days after {@link #END}. */
    EXPIRING,
    /** Completed, but the completion expired before {@link #END}. */
    EXPIRED,
    /** Not completed and past its due date. */
    OVERDUE,
    /** Not completed, due after {@link #END}. */
    OPEN;

    boolean completed() {
      return this == COMPLETED || this == EXPIRING || this == EXPIRED;
    }
  }

  /**
   * A mandatory course and its rule (same number).
   *
   * @param validityMonths 12 for courses that must be renewed, 0 for those valid for ever
   */
  record Course(
      int id, String title, int durationMinutes, int validityMonths, int windowDays, int dueDays) {

    Instant validUntil(Instant completedAt) {
      return validityMonths == 0
          ? null
          : completedAt.atZone(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
    }

    Instant completedFor(Instant validUntil) {
      return validUntil.atZone(ZoneOffset.UTC).minusMonths(validityMonths).toInstant();
    }
  }

  /**
   * One (person, course) assignment and its enrolment (both numbered {@code id}). A completed one
   * has a completion ({@code completionId} > 0); a renewal enrolment ({@code renewalId} > 0) is the
   * one the training timer adds once a completion's renewal window opened.
   */
  record Assignment(
      int id,
      int person,
      int course,
      Outcome outcome,
      long assignedAt,
      long dueAt,
      long startedAt,
      long completedAt,
      long validUntil,
      int completionId,
      int renewalId,
      long renewalAt) {

    boolean started() {
      return startedAt > 0;
    }
  }

  /** Somebody used the application on day {@code day} (0 = 89 days before the last day). */
  record ActiveDay(int person, int day) {

    LocalDate date() {
      return LAST_ACTIVE_DAY.minusDays(ACTIVITY_DAYS - 1 - day);
    }
  }

  final String ruleOwner;
  final List<Course> courses = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<ActiveDay> activeDays = new ArrayList<>();
  int completions;
  int renewals;

  private ReportingPlan(String ruleOwner) {
    this.ruleOwner = ruleOwner;
  }

  static ReportingPlan plan(Dataset dataset) {
    List<Person> hr = dataset.hr();
    String owner = (hr.isEmpty() ? dataset.admins().get(0) : hr.get(0)).username();
    ReportingPlan plan = new ReportingPlan(owner);
    plan.planCourses(dataset.preset().mandatoryCourses());
    plan.planAssignments(dataset);
    plan.planActivity(dataset);
    return plan;
  }

  private void planCourses(int count) {
    int[] dueDays = {30, 60, 90};
    int[] windows = {30, 60, 90};
    for (int c = 1; c <= count; c++) {
      String title = TITLES[(c - 1) % TITLES.length];
      if (c > TITLES.length) {
        title += " " + (1 + (c - 1) / TITLES.length);
      }
      // Two courses in five must be renewed every year, as security and safety training is.
      int validity = c % 5 == 1 || c % 5 == 3 ? 12 : 0;
      courses.add(
          new Course(c, title, 20 + 10 * (c % 7), validity, windows[c % 3], dueDays[(c + 1) % 3]));
    }
  }

  private void planAssignments(Dataset dataset) {
    SplittableRandom departments = dataset.random("reporting-departments");
    Map<String, Double> shift = new HashMap<>();
    for (String department : dataset.departments()) {
      shift.put(department, (departments.nextDouble() * 2 - 1) * DEPARTMENT_SPREAD);
    }
    SplittableRandom random = dataset.random("reporting-assignments");
    int id = 0;
    for (Person person : dataset.people()) {
      double offset = shift.get(person.department());
      for (Course course : courses) {
        double u = Math.min(0.999_999, Math.max(0, random.nextDouble() + offset));
        assignments.add(assignment(++id, person.index(), course, outcome(course, u), random));
      }
    }
  }

  /** Completed 70%, overdue 10%, open 20%; renewable courses split 15 of the 70 into 8 and 7. */
  static Outcome outcome(Course course, double u) {
    if (u >= 0.80) {
      return Outcome.OPEN;
    }
    if (u >= 0.70) {
      return Outcome.OVERDUE;
    }
    if (course.validityMonths() > 0 && u >= 0.63) {
      return Outcome.EXPIRED;
    }
    if (course.validityMonths() > 0 && u >= 0.55) {
      return Outcome.EXPIRING;
    }
    return Outcome.COMPLETED;
  }

  private Assignment assignment(
      int id, int person, Course course, Outcome outcome, SplittableRandom random) {
    long assigned = ASSIGNED.toEpochMilli();
    long end = END.toEpochMilli();
    long due = course.dueDays() * DAY;
    long started = 0;
    long completed = 0;
    Instant validUntil = null;
    switch (outcome) {
      case COMPLETED -> {
        long from =
            course.validityMonths() == 0
                ? assigned + DAY
                // Still valid 96 days after the end: completed in the last 269 days.
                : course.completedFor(END.plusMillis(96 * DAY)).toEpochMilli();
        completed = between(random, from, end - DAY);
      }
      case EXPIRING -> {
        Instant until = Instant.ofEpochMilli(between(random, end + 2 * DAY, end + 95 * DAY));
        completed = course.completedFor(until).toEpochMilli();
      }
      case EXPIRED -> {
        long first = course.validUntil(ASSIGNED.plusMillis(DAY)).toEpochMilli();
        Instant until = Instant.ofEpochMilli(between(random, first, end - DAY));
        completed = course.completedFor(until).toEpochMilli();
      }
      case OVERDUE -> assigned = between(random, assigned, end - due - DAY);
      // Due three weeks or more after the end, so that an application started within two weeks of
      // it
      // does not send tens of thousands of due reminders at once (TRAINING_REMINDER_LEAD: 7 days).
      case OPEN -> assigned = between(random, end - due + OPEN_DUE_AFTER_END * DAY, end - HOUR);
    }
    if (outcome.completed()) {
      validUntil = course.validUntil(Instant.ofEpochMilli(completed));
      started = completed - course.durationMinutes() * 60_000L - between(random, 0, 3 * DAY);
      started = Math.max(started, assigned + HOUR);
    } else if (random.nextBoolean()) {
      started = between(random, assigned + HOUR, end - HOUR);
    }
    int completionId = outcome.completed() ? ++completions : 0;
    int renewalId = 0;
    long renewalAt = 0;
    if (validUntil != null) {
      long opens = validUntil.toEpochMilli() - course.windowDays() * DAY;
      // The renewal timer has re-enrolled everybody whose renewal window opened by the end.
      if (opens <= end) {
        renewalId = ++renewals;
        renewalAt = Math.max(opens, completed + HOUR);
      }
    }
    return new Assignment(
        id,
        person,
        course.id(),
        outcome,
        assigned,
        assigned + due,
        started,
        completed,
        validUntil == null ? 0 : validUntil.toEpochMilli(),
        completionId,
        renewalId,
        renewalAt);
  }

  /**
   * Each person has their own habit (active on 10% to 70% of weekdays, 40% on average); at weekends
   * an eighth of that.
   */
  private void planActivity(Dataset dataset) {
    SplittableRandom random = dataset.random("reporting-activity");
    for (Person person : dataset.people()) {
      double habit = 0.1 + 0.6 * random.nextDouble();
      for (int day = 0; day < ACTIVITY_DAYS; day++) {
        LocalDate date = LAST_ACTIVE_DAY.minusDays(ACTIVITY_DAYS - 1 - day);
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (random.nextDouble() < (weekend ? habit / 8 : habit)) {
          activeDays.add(new ActiveDay(person.index(), day));
        }
      }
    }
  }

  private static long between(SplittableRandom random, long from, long to) {
    return to <= from ? from : from + random.nextLong(to - from);
  }
}
