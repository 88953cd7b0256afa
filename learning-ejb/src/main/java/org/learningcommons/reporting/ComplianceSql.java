package org.learningcommons.reporting;

import java.time.Instant;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The compliance definitions as SQL, shared by the dashboard, the drill-down, the lists, the
 * exports and the snapshot, so that every figure counts the same way.
 *
 * <p>{@link #requirements} adds two relations after {@link ScopeSql#with}:
 *
 * <ul>
 *   <li>{@code req(username, department, manager_username, course_id, due_at)}: one row per (person
 *       in scope, course) with at least one active assignment, whatever the number of rules that
 *       assign it, with the earliest due date;
 *   <li>{@code st}: {@code req} with the latest completion ({@code completed_at}, {@code
 *       valid_until}) and the flags {@code compliant} (a valid completion: COMPLETED or EXPIRING),
 *       {@code expired} (the latest completion ran out) and {@code overdue} (not compliant, and the
 *       due date passed or the completion expired).
 * </ul>
 */
final class ComplianceSql {

  private ComplianceSql() {}

  /**
   * The scoped people and their requirements as CTEs; the statement continues with {@code select}.
   * The filter's course narrows the requirements.
   */
  static String requirements(
      ReportScope scope, ReportFilter filter, SqlParams params, Instant now) {
    return requirements(ScopeSql.with(scope, filter, params), "scoped", filter, params, now);
  }

  /**
   * {@link #requirements} after a {@code with} clause that defines {@code people} (a relation
   * shaped like {@code scoped}, such as one team of it), so that a drill-down computes only the
   * requirements it shows.
   */
  static String requirements(
      String with, String people, ReportFilter filter, SqlParams params, Instant now) {
    StringBuilder sql =
        new StringBuilder(with)
            .append(", st as (select q.username, s.department, s.manager_username, q.course_id,")
            .append(" q.due_at, q.completed_at, q.valid_until,")
            .append(" (q.completed_at is not null and (q.valid_until is null or q.valid_until > ")
            .append(at(params, now))
            .append(")) as compliant, coalesce(q.valid_until <= ")
            .append(at(params, now))
            .append(", false) as expired, (not (q.completed_at is not null")
            .append(" and (q.valid_until is null or q.valid_until > ")
            .append(at(params, now))
            .append(")) and (coalesce(q.valid_until <= ")
            .append(at(params, now))
            .append(", false) or coalesce(q.due_at < ")
            .append(at(params, now))
            .append(", false))) as overdue")
            .append(" from compliance_requirement q join ")
            .append(people)
            .append(" s on s.username = q.username");
    if (filter.courseId() != null) {
      sql.append(" where q.course_id = ").append(params.add(filter.courseId()));
    }
    sql.append(")");
    return sql.toString();
  }

  /** {@code now} as a new placeholder, cast for comparisons with timestamptz columns. */
  static String at(SqlParams params, Instant now) {
    return "cast(" + params.add(now) + " as timestamptz)";
  }

  /** {@code required, compliant, overdue} counts over {@code st} (alias t). */
  static final String FIGURES =
      " count(*) as required, count(*) filter (where t.compliant) as compliant,"
          + " count(*) filter (where t.overdue) as overdue";

  /** The percentage column matching {@code ComplianceFigures.percent}. */
  static final String PERCENT =
      " round(100.0 * count(*) filter (where t.compliant) / nullif(count(*), 0), 1) as percent";

  /** When an overdue requirement became overdue: the expiry of its completion, or its due date. */
  static final String OVERDUE_SINCE =
      "(case when t.completed_at is not null then t.valid_until else t.due_at end)";
}
