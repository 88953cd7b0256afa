package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data of the reports (issue 7), as {@link ReportingPlan} plans it: mandatory courses with one
 * EVERYONE rule each, their assignments, enrolments and completions as a rule evaluation and the
 * training timers leave them (including the timers' {@code training_notice} rows, so that a started
 * application does not tell 100,000 people about overdue training at once), the monthly compliance
 * snapshots and the days people were active.
 *
 * <p>The courses, enrolments and completions go into the learning step's tables: they belong to
 * generated courses, so the learning step's conditions count them and remove them. This step owns
 * the rules, assignments, notices, snapshots and active days; runs after the learning step (its ids
 * continue above the learning step's) and is removed before it.
 *
 * <p>The snapshots are computed by the database from the loaded rows, one {@code INSERT ... SELECT}
 * over the twelve months, with the trend timer's definitions: required = assigned by the month's
 * end, compliant = a completion by then that had not expired by then, overdue = neither and past
 * its due date; grouped by the person's direct manager and department.
 */
final class ReportingStep implements DatasetStep {

  /** Rules a generated person created by the end of the history; later ones are the journey's. */
  static final String GENERATED_RULE =
      "assignment_rule.created_by ~ '^u[0-9]{6}$' and assignment_rule.created_at <= '"
          + ReportingPlan.END
          + "'";

  private static final Map<String, String> GENERATED = generated();

  private static Map<String, String> generated() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("assignment_rule", GENERATED_RULE);
    map.put(
        "course_assignment",
        "exists (select 1 from assignment_rule where assignment_rule.id = course_assignment.rule_id"
            + " and "
            + GENERATED_RULE
            + ")");
    // The training timers' marks of generated enrolments and completions (also those a running
    // application added): the ids they name go with the learning step's rows.
    map.put(
        "training_notice",
        "training_notice.kind in ('OVERDUE', 'DUE_REMINDER', 'RENEWAL') and exists (select 1 from"
            + " course gc where "
            + LearningStep.generatedCourse("gc")
            + " and gc.id = (case when training_notice.kind = 'RENEWAL' then (select k.course_id"
            + " from completion k where k.id = training_notice.ref_id) else (select e.course_id"
            + " from enrolment e where e.id = training_notice.ref_id) end))");
    map.put(
        "compliance_snapshot",
        "exists (select 1 from course gc where gc.id = compliance_snapshot.course_id and "
            + LearningStep.generatedCourse("gc")
            + ")");
    map.put("staff_activity_day", "staff_activity_day.username ~ '^u[0-9]{6}$'");
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return "reporting";
  }

  @Override
  public List<String> tables() {
    return List.copyOf(GENERATED.keySet());
  }

  @Override
  public String generatedRows(String table) {
    String condition = GENERATED.get(table);
    if (condition == null) {
      throw new IllegalArgumentException("The reporting step does not fill " + table);
    }
    return condition;
  }

  @Override
  public long load(Dataset dataset, Loader loader) throws SQLException {
    ReportingPlan plan = ReportingPlan.plan(dataset);
    Connection connection = loader.connection();
    long course = maxId(connection, "course");
    long rule = maxId(connection, "assignment_rule");
    long enrolment = maxId(connection, "enrolment");
    long assignment = maxId(connection, "course_assignment");
    long completion = maxId(connection, "completion");
    int people = dataset.people().size();
    // Renewal enrolments are numbered after the assignments' own.
    long renewal = enrolment + (long) plan.assignments.size();
    Instant created = ReportingPlan.ASSIGNED.minus(Duration.ofDays(14));
    Instant published = ReportingPlan.ASSIGNED.minus(Duration.ofDays(1));

    long rows =
        loader.copy(
            "course",
            List.of(
                "id",
                "title",
                "summary",
                "category",
                "duration_minutes",
                "format",
                "owner",
                "status",
                "self_enrol",
                "validity_months",
                "renewal_window_days",
                "created_at",
                "updated_at",
                "published_at",
                "version"),
            plan.courses,
            (c, row) -> {
              row.number(course + c.id())
                  .text(c.title())
                  .text(
                      "Mandatory for all staff: "
                          + c.title().toLowerCase(Locale.ROOT)
                          + (c.validityMonths() == 0 ? "." : ", renewed every year."))
                  .text("Compliance")
                  .number(c.durationMinutes())
                  .text("E_LEARNING")
                  .text(plan.ruleOwner)
                  .text("PUBLISHED")
                  .bool(false);
              if (c.validityMonths() == 0) {
                row.nothing();
              } else {
                row.number(c.validityMonths());
              }
              row.number(c.windowDays())
                  .instant(created)
                  .instant(published)
                  .instant(published)
                  .number(0);
            });
    rows +=
        loader.copy(
            "assignment_rule",
            List.of(
                "id",
                "course_id",
                "scope",
                "value",
                "due_days",
                "due_from",
                "active",
                "created_by",
                "created_at",
                "updated_by",
                "updated_at",
                "version"),
            plan.courses,
            (c, row) ->
                row.number(rule + c.id())
                    .number(course + c.id())
                    .text("EVERYONE")
                    .nothing()
                    .number(c.dueDays())
                    .text("ASSIGNMENT")
                    .bool(true)
                    .text(plan.ruleOwner)
                    .instant(ReportingPlan.ASSIGNED)
                    .text(plan.ruleOwner)
                    .instant(ReportingPlan.ASSIGNED)
                    .number(0));
    List<String> enrolmentColumns =
        List.of(
            "id",
            "course_id",
            "username",
            "origin",
            "enrolled_by",
            "enrolled_at",
            "due_at",
            "status",
            "started_at",
            "completed_at",
            "version");
    rows +=
        loader.copy(
            "enrolment",
            enrolmentColumns,
            plan.assignments,
            (a, row) ->
                row.number(enrolment + a.id())
                    .number(course + a.course())
                    .text(DatasetGenerator.username(a.person()))
                    .text("RULE")
                    .text(plan.ruleOwner)
                    .instant(at(a.assignedAt()))
                    .instant(at(a.dueAt()))
                    .text(a.outcome().completed() ? "COMPLETED" : "ACTIVE")
                    .instant(a.started() ? at(a.startedAt()) : null)
                    .instant(a.outcome().completed() ? at(a.completedAt()) : null)
                    .number(0));
    List<ReportingPlan.Assignment> renewed =
        plan.assignments.stream().filter(a -> a.renewalId() > 0).toList();
    rows +=
        loader.copy(
            "enrolment",
            enrolmentColumns,
            renewed,
            (a, row) ->
                row.number(renewal + a.renewalId())
                    .number(course + a.course())
                    .text(DatasetGenerator.username(a.person()))
                    .text("RULE")
                    .text(plan.ruleOwner)
                    .instant(at(a.renewalAt()))
                    .instant(at(a.validUntil()))
                    .text("ACTIVE")
                    .nothing()
                    .nothing()
                    .number(0));
    rows +=
        loader.copy(
            "course_assignment",
            List.of(
                "id",
                "rule_id",
                "course_id",
                "username",
                "assigned_at",
                "due_at",
                "status",
                "enrolment_id"),
            plan.assignments,
            (a, row) ->
                row.number(assignment + a.id())
                    .number(rule + a.course())
                    .number(course + a.course())
                    .text(DatasetGenerator.username(a.person()))
                    .instant(at(a.assignedAt()))
                    .instant(at(a.dueAt()))
                    .text("ACTIVE")
                    .number(enrolment + a.id()));
    List<ReportingPlan.Assignment> completed =
        plan.assignments.stream().filter(a -> a.completionId() > 0).toList();
    Map<Integer, ReportingPlan.Course> courses = new LinkedHashMap<>();
    plan.courses.forEach(c -> courses.put(c.id(), c));
    rows +=
        loader.copy(
            "completion",
            List.of(
                "id",
                "course_id",
                "username",
                "enrolment_id",
                "completed_at",
                "minutes",
                "source",
                "valid_until",
                "verification_code",
                "recorded_by",
                "recorded_at"),
            completed,
            (a, row) ->
                row.number(completion + a.completionId())
                    .number(course + a.course())
                    .text(DatasetGenerator.username(a.person()))
                    .number(enrolment + a.id())
                    .instant(at(a.completedAt()))
                    .number(courses.get(a.course()).durationMinutes())
                    .text("COURSE")
                    .instant(a.validUntil() == 0 ? null : at(a.validUntil()))
                    .text(
                        LearningPlan.verificationCode(
                            dataset.seed(), ReportingPlan.CODE_OFFSET + a.completionId()))
                    .text(DatasetGenerator.username(a.person()))
                    .instant(at(a.completedAt())));
    rows += notices(connection, loader, plan, enrolment, renewal, completion);
    rows +=
        loader.copy(
            "staff_activity_day",
            List.of("day", "username"),
            plan.activeDays,
            (d, row) -> row.text(d.date().toString()).text(DatasetGenerator.username(d.person())));
    try (Statement statement = connection.createStatement()) {
      for (String table :
          List.of("course", "assignment_rule", "enrolment", "course_assignment", "completion")) {
        statement.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), coalesce(max(id), 1), max(id) is not null) from "
                + table);
      }
      // The snapshot reads what was just loaded in this transaction: fresh statistics first, or
      // the planner takes the tables for empty.
      statement.execute("analyze course_assignment, completion, staff_member");
    }
    long start = System.nanoTime();
    long snapshots = snapshots(connection, course + 1, course + plan.courses.size());
    loader.note(
        "  compliance_snapshot: %,d rows (%s)",
        snapshots, Progress.seconds(Progress.millisSince(start)));
    rows += snapshots;
    loader.note("  %s", describe(plan, people));
    return rows;
  }

  /**
   * The timers' marks: every enrolment overdue by the end was told so (and reminded before), every
   * renewal enrolment came with a reminder about its completion. The learning step's own overdue
   * enrolments get theirs here too, since this step owns the notices.
   */
  private static long notices(
      Connection connection,
      Loader loader,
      ReportingPlan plan,
      long enrolment,
      long renewal,
      long completion)
      throws SQLException {
    long end = ReportingPlan.END.toEpochMilli();
    record Notice(String kind, long ref, long sentAt) {}
    List<Notice> notices = new ArrayList<>();
    for (ReportingPlan.Assignment a : plan.assignments) {
      if (!a.outcome().completed() && a.dueAt() < end) {
        notices.add(new Notice("DUE_REMINDER", enrolment + a.id(), a.dueAt() - 7 * 86_400_000L));
        notices.add(new Notice("OVERDUE", enrolment + a.id(), a.dueAt() + 3_600_000L));
      }
      if (a.renewalId() > 0) {
        notices.add(new Notice("RENEWAL", completion + a.completionId(), a.renewalAt()));
        if (a.validUntil() < end) {
          notices.add(new Notice("OVERDUE", renewal + a.renewalId(), a.validUntil() + 3_600_000L));
        }
      }
    }
    long rows =
        loader.copy(
            "training_notice",
            List.of("kind", "ref_id", "sent_at"),
            notices,
            (n, row) -> row.text(n.kind()).number(n.ref()).instant(at(n.sentAt())));
    return rows + otherOverdue(connection);
  }

  /**
   * The learning step's enrolments by managers and HR that were overdue by the end: the overdue
   * timer told those people too (else a started application notifies tens of thousands at once).
   */
  static long otherOverdue(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "insert into training_notice (kind, ref_id, sent_at)"
              + " select k.kind, e.id, case k.kind when 'OVERDUE' then e.due_at + interval '1 hour'"
              + " else e.due_at - interval '7 days' end from enrolment e"
              + " join course gc on gc.id = e.course_id"
              + " cross join (values ('DUE_REMINDER'), ('OVERDUE')) k(kind)"
              + " where e.status = 'ACTIVE' and e.due_at < '"
              + ReportingPlan.END
              + "' and "
              + LearningStep.generatedCourse("gc")
              + " on conflict do nothing");
    }
  }

  /** The twelve monthly snapshots, as of each month's end (the last month: as of the end). */
  static long snapshots(Connection connection, long firstCourse, long lastCourse)
      throws SQLException {
    String sql =
        """
        insert into compliance_snapshot
          (month, manager_username, department, course_id, required, compliant, overdue, taken_at)
        select m.month, coalesce(s.manager_username, ''), coalesce(s.department, ''), a.course_id,
               count(*),
               count(*) filter (where k.completed_at < m.asof
                                  and (k.valid_until is null or k.valid_until > m.asof)),
               count(*) filter (where a.due_at < m.asof and not coalesce(k.completed_at < m.asof
                                  and (k.valid_until is null or k.valid_until > m.asof), false)),
               m.asof
          from (select g.month::date as month,
                       least(g.month + interval '1 month', timestamptz '%s') as asof
                  from generate_series(date '%s', date '%s', interval '1 month') g(month)) m
          join course_assignment a on a.assigned_at < m.asof
          join staff_member s on s.username = a.username
          left join completion k on k.username = a.username and k.course_id = a.course_id
         where a.status = 'ACTIVE' and a.course_id between %d and %d
         group by 1, 2, 3, 4, m.asof
        """
            .formatted(
                ReportingPlan.END,
                ReportingPlan.FIRST_MONTH,
                ReportingPlan.FIRST_MONTH.plusMonths(ReportingPlan.MONTHS - 1),
                firstCourse,
                lastCourse);
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  /** What the step made, for the progress output. */
  static String describe(ReportingPlan plan, int people) {
    long[] outcomes = new long[ReportingPlan.Outcome.values().length];
    for (ReportingPlan.Assignment a : plan.assignments) {
      outcomes[a.outcome().ordinal()]++;
    }
    return String.format(
        Locale.ROOT,
        "%d mandatory courses for %,d people: %,d assignments (%,d completed, %,d expiring within"
            + " 95 days, %,d expired, %,d overdue, %,d not due yet), %,d completions, %,d renewal"
            + " enrolments; %,d active days over %d days",
        plan.courses.size(),
        people,
        plan.assignments.size(),
        outcomes[ReportingPlan.Outcome.COMPLETED.ordinal()],
        outcomes[ReportingPlan.Outcome.EXPIRING.ordinal()],
        outcomes[ReportingPlan.Outcome.EXPIRED.ordinal()],
        outcomes[ReportingPlan.Outcome.OVERDUE.ordinal()],
        outcomes[ReportingPlan.Outcome.OPEN.ordinal()],
        plan.completions,
        plan.renewals,
        plan.activeDays.size(),
        ReportingPlan.ACTIVITY_DAYS);
  }

  private static Instant at(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  private static long maxId(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
