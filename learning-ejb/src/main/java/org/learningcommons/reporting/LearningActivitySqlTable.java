package org.learningcommons.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.learningcommons.infrastructure.persistence.SqlParams;

/**
 * A table of the learning activity or engagement report, written as one SQL statement that starts
 * with {@link ScopeSql#with} and returns the table's columns in its order. The statement serves all
 * three uses: a page (offset and limit appended), the count for paging and export progress, and the
 * export stream, which reads through a JDBC cursor so that no export holds all its rows.
 */
public abstract class LearningActivitySqlTable implements ReportTable {

  /** Rows a cursor fetches at a time: big enough to be fast, small enough for a flat heap. */
  static final int FETCH_SIZE = 1000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /** The table's statement, ordered, for rows the scope and filter allow. */
  protected abstract String select(ReportScope scope, ReportFilter filter, SqlParams params);

  /** The count statement; tables whose rows are expensive override it with a cheaper one. */
  protected String countSelect(ReportScope scope, ReportFilter filter, SqlParams params) {
    return "select count(*) from (" + select(scope, filter, params) + ") t";
  }

  @Override
  public long count(ReportScope scope, ReportFilter filter) {
    SqlParams params = new SqlParams();
    return countOf(countSelect(scope, filter, params), params);
  }

  /** One page of rows, in the table's order. */
  public List<Object[]> page(ReportScope scope, ReportFilter filter, int offset, int limit) {
    SqlParams params = new SqlParams();
    return pageOf(select(scope, filter, params), params, offset, limit);
  }

  /** The number the count statement {@code sql} returns. */
  long countOf(String sql, SqlParams params) {
    long[] total = new long[1];
    query(sql, params, 1, row -> total[0] = ((Number) row[0]).longValue(), true);
    return total[0];
  }

  /** Rows {@code offset..offset+limit} of the ordered statement {@code sql}. */
  List<Object[]> pageOf(String sql, SqlParams params, int offset, int limit) {
    String paged = sql + " offset " + params.add(offset) + " limit " + params.add(limit);
    List<Object[]> rows = new ArrayList<>();
    query(paged, params, limit, rows::add, false);
    return rows;
  }

  @Override
  public void stream(ReportScope scope, ReportFilter filter, Consumer<Object[]> rows) {
    SqlParams params = new SqlParams();
    query(select(scope, filter, params), params, FETCH_SIZE, rows, false);
  }

  /** Reads {@code sql} with a cursor, handing each row to {@code rows}. */
  void query(String sql, SqlParams params, int fetchSize, Consumer<Object[]> rows, boolean raw) {
    // The container's transaction has switched autocommit off, which PostgreSQL needs to read
    // with a cursor (fetch size) instead of loading the whole result.
    Connection connection = em.unwrap(Connection.class);
    List<ReportColumn> columns = columns();
    try (PreparedStatement statement = params.prepare(connection, sql)) {
      statement.setFetchSize(fetchSize);
      try (ResultSet result = statement.executeQuery()) {
        int width = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[raw ? width : columns.size()];
          for (int i = 0; i < row.length; i++) {
            Object value = result.getObject(i + 1);
            row[i] = raw ? value : convert(value, columns.get(i).type());
          }
          rows.accept(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The report " + key() + " could not be read", e);
    }
  }

  /** A JDBC value as the type {@link ReportTable} promises for the column. */
  static Object convert(Object value, ReportColumn.Type type) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> value.toString();
      case INTEGER -> ((Number) value).longValue();
      case DECIMAL, PERCENT ->
          value instanceof BigDecimal decimal
              ? decimal
              : BigDecimal.valueOf(((Number) value).doubleValue())
                  .setScale(2, RoundingMode.HALF_UP);
      case DATE ->
          value instanceof Date date
              ? date.toLocalDate()
              : value instanceof Timestamp timestamp
                  ? timestamp.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
                  : (LocalDate) value;
      case TIMESTAMP ->
          value instanceof Timestamp timestamp
              ? timestamp.toInstant()
              : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    };
  }

  /** The first instant of {@code day} (UTC, the application's reporting day). */
  static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The period's bounds as instants: {@code [from, to + 1 day)}. */
  static String periodOf(String column, ReportFilter filter, SqlParams params) {
    return column
        + " >= "
        + params.add(start(filter.from()))
        + " and "
        + column
        + " < "
        + params.add(start(filter.to().plusDays(1)));
  }

  /** The course filter on a course id column, or nothing. */
  static String courseOf(String column, ReportFilter filter, SqlParams params) {
    return filter.courseId() == null
        ? ""
        : " and " + column + " = " + params.add(filter.courseId());
  }
}
