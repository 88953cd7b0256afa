package org.learningcommons.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
    return sql.append(filters(filter, params)).append(")").toString();
  }

  /**
   * {@link #with} for a line read beforehand with {@link #line} (null: everyone): the same {@code
   * scoped} relation, with the line bound as an array instead of a recursive CTE, so that the
   * statement that follows can be planned in parallel.
   */
  public static String withMembers(String[] line, ReportFilter filter, SqlParams params) {
    // A join with unnest, not "= any(array)": once the driver prepares the statement on the server,
    // a generic plan would search the array linearly for every row.
    StringBuilder sql =
        new StringBuilder("with scoped(username, department, manager_username) as (select")
            .append(" s.username, s.department, s.manager_username from staff_member s");
    if (line != null) {
      sql.append(" join unnest(cast(")
          .append(params.add(line))
          .append(" as varchar[])) as m(username) on m.username = s.username");
    }
    return sql.append(" where s.active").append(filters(filter, params)).append(")").toString();
  }

  /** Everyone below {@code root} at any depth (active or not), in one statement. */
  public static String[] line(Connection connection, String root) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "with recursive line(username) as (select s.username from staff_member s"
                + " where s.manager_username = ? union select s.username from staff_member s"
                + " join line l on s.manager_username = l.username) select username from line")) {
      statement.setString(1, root);
      List<String> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
      return found.toArray(String[]::new);
    }
  }

  private static String filters(ReportFilter filter, SqlParams params) {
    StringBuilder sql = new StringBuilder();
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
    return sql.toString();
  }

  /** {@link #with} for a scope and a filter that {@link ReportGate#check} accepted. */
  public static String with(ReportScope scope, ReportFilter filter, SqlParams params) {
    return with(filter.manager() != null ? filter.manager() : scope.manager(), filter, params);
  }
}
