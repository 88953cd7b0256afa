package org.learningcommons.learning;

/**
 * The set-based SQL of rule evaluation: which rules are live and whom they match, as {@link
 * AssignmentRule#matches} says for one person. Aliases: {@code r} the rule, {@code c} its course,
 * {@code s} the staff member.
 */
final class AssignmentSql {

  /** The rule assigns its course now: active, not deleted, its course published. */
  static final String LIVE = "(r.active and r.deleted_at is null and c.status = 'PUBLISHED')";

  /** The rule matches the person (who must be active). */
  static final String MATCHES =
      "(s.active and (r.scope = 'EVERYONE'"
          + " or (r.scope = 'DEPARTMENT' and lower(s.department) = lower(r.value))"
          + " or (r.scope = 'TITLE' and lower(s.title) = lower(r.value))"
          + " or (r.scope = 'ROLE' and exists (select 1 from staff_member_role sr"
          + " where sr.staff_member_id = s.id and sr.role = r.value))"
          + " or (r.scope = 'GROUP' and exists (select 1 from staff_member_group g"
          + " where g.staff_member_id = s.id and (lower(g.group_name) = lower(r.value)"
          + " or lower(g.group_dn) = lower(r.value))))))";

  /**
   * When the assignment is due: the rule's days after now (bound to ?3) or after the hire date
   * (first seen without one), as {@link AssignmentRule#dueAt} computes it.
   */
  static final String DUE_AT =
      "(case when r.due_from = 'HIRE'"
          + " then coalesce(s.hire_date::timestamp at time zone 'UTC', s.first_seen_at)"
          + " else cast(?3 as timestamptz) end + make_interval(days => r.due_days))";

  private AssignmentSql() {}
}
