package org.learningcommons.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.reporting.ReportColumn;
import org.learningcommons.reporting.ReportColumn.Type;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportScope;
import org.learningcommons.reporting.ScopeSql;

/**
 * The rows of the exports' test tables: the people in scope (with ScopeSql, like every report),
 * each repeated {@code copies} times, with a column of every type and one that is always empty.
 */
final class ExportsTestRows {

  static final List<ReportColumn> COLUMNS =
      List.of(
          new ReportColumn("username", Type.TEXT),
          new ReportColumn("name", Type.TEXT),
          new ReportColumn("copy", Type.INTEGER),
          new ReportColumn("ratio", Type.DECIMAL),
          new ReportColumn("share", Type.PERCENT),
          new ReportColumn("since", Type.DATE),
          new ReportColumn("seen", Type.TIMESTAMP),
          new ReportColumn("nothing", Type.TEXT));

  private ExportsTestRows() {}

  static long count(DataSource data, ReportScope scope, ReportFilter filter, int copies) {
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope, filter, params)
            + " select count(*) * "
            + copies
            + " from scoped s join staff_member m on m.username = s.username";
    try (Connection connection = data.getConnection();
        PreparedStatement statement = params.prepare(connection, sql)) {
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void stream(
      DataSource data,
      ReportScope scope,
      ReportFilter filter,
      int copies,
      Consumer<Object[]> sink) {
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope, filter, params)
            + " select m.username, m.display_name, g.copy, length(m.display_name) / 4.0,"
            + " m.first_seen_at::date, m.first_seen_at"
            + " from scoped s join staff_member m on m.username = s.username"
            + " cross join generate_series(1, "
            + copies
            + ") as g(copy) order by m.username, g.copy";
    try (Connection connection = data.getConnection();
        PreparedStatement statement = params.prepare(connection, sql)) {
      statement.setFetchSize(1000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(
              new Object[] {
                rows.getString(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getBigDecimal(4).setScale(2, java.math.RoundingMode.HALF_UP),
                new BigDecimal("12.5"),
                rows.getDate(5).toLocalDate(),
                rows.getTimestamp(6).toInstant(),
                null
              });
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
