package org.learningcommons.reporting;

import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The people a report covers, as SQL: the caller's {@link ReportScope} narrowed by the people
 * filters of a {@link ReportFilter} (manager line, department, role). Every report starts its
 * statement with {@link #with} and joins {@code scoped} on the username, so that scoping happens in
 * the database and no row outside the scope ever leaves it.
 *
 * <p>Reports apply the course and period filters themselves, since what they mean depends on the
 * report.
 */
public final class ScopeSql {

  private ScopeSql() {}

  /**
   * {@code with recursive [line(username) as (...),] scoped(username, department, manager_username)
   * as (...)}: the active people in scope. Add further CTEs with {@code ", name as (...)"}.
   *
   * @param root the manager whose line is covered (the filter's manager, checked to be inside the
   *     scope by {@link ReportGate#check}), or null for everyone
   */
  public static String with(String root, ReportFilter filter, SqlParams params) {
    StringBuilder sql = new StringBuilder("with recursive ");
    String from = "staff_member s";
    if (root != null) {
      // UNION (not UNION ALL) stops at a cycle in the directory; inactive people in the middle of
      // a line still connect the people below them.
      String manager = params.add(root);
      sql.append(
              "line(username) as (select s.username from staff_member s where s.manager_username = ")
          .append(manager)
          .append(" union select s.username from staff_member s join line l")
          .append(" on s.manager_username = l.username), ");
      from = "staff_member s join line l on l.username = s.username";
    }
    sql.append("scoped(username, department, manager_username) as (select s.username,")
        .append(" s.department, s.manager_username from ")
        .append(from)
        .append(" where s.active");
    if (filter.department() != null) {
      sql.append(" and lower(s.department) = lower(")
          .append(params.add(filter.department()))
          .append(")");
    }
    if (filter.role() != null) {
      sql.append(" and exists (select 1 from staff_member_role r where r.staff_member_id = s.id")
          .append(" and r.role = ")
          .append(params.add(filter.role()))
          .append(")");
    }
    return sql.append(")").toString();
  }

  /** {@link #with} for a scope and a filter that {@link ReportGate#check} accepted. */
  public static String with(ReportScope scope, ReportFilter filter, SqlParams params) {
    return with(filter.manager() != null ? filter.manager() : scope.manager(), filter, params);
  }
}
