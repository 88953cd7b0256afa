package org.learningcommons.reporting;

import jakarta.annotation.Resource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * The common part of the compliance tables that can be exported: the listing's statement counted
 * once, and streamed through a cursor ({@value #FETCH_SIZE} rows at a time) so that no export holds
 * all rows.
 */
abstract class ComplianceTable implements ReportTable {

  static final int FETCH_SIZE = 1000;

  @Resource(lookup = "java:app/jdbc/learningCommons")
  DataSource dataSource;

  abstract ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now);

  @Override
  public String report() {
    return ComplianceReports.REPORT;
  }

  @Override
  public List<ReportColumn> columns() {
    return listing(ReportScope.everyone(), ReportFilter.defaults(java.time.LocalDate.now()), null)
        .columns();
  }

  @Override
  public long count(ReportScope scope, ReportFilter filter) {
    ComplianceListing listing = listing(scope, filter, Instant.now());
    long[] count = new long[1];
    run(
        "select count(*) from (" + listing.sql() + ") x",
        listing.params(),
        rows -> count[0] = rows.getLong(1));
    return count[0];
  }

  @Override
  public void stream(ReportScope scope, ReportFilter filter, Consumer<Object[]> sink) {
    ComplianceListing listing = listing(scope, filter, Instant.now());
    List<ReportColumn> columns = listing.columns();
    run(
        listing.sql(),
        listing.params(),
        rows -> {
          Object[] row = new Object[columns.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = value(rows.getObject(i + 1), columns.get(i).type());
          }
          sink.accept(row);
        });
  }

  /** One row of the result set. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void run(String sql, SqlParams params, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = params.prepare(connection, sql)) {
      // Inside the container's transaction (auto-commit off) the driver reads through a cursor.
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The table " + key() + " failed", e);
    }
  }

  private static Object value(Object cell, ReportColumn.Type type) {
    if (cell == null) {
      return null;
    }
    return switch (type) {
      case INTEGER -> ((Number) cell).longValue();
      case PERCENT, DECIMAL ->
          cell instanceof BigDecimal decimal
              ? decimal.doubleValue()
              : ((Number) cell).doubleValue();
      case TIMESTAMP ->
          cell instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) cell;
      case DATE -> ((java.sql.Date) cell).toLocalDate();
      case TEXT -> cell.toString();
    };
  }
}
