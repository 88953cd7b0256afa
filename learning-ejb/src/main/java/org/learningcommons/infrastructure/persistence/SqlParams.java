package org.learningcommons.infrastructure.persistence;

import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Positional parameters of a native statement assembled from fragments: each {@link #add} returns
 * the placeholder ({@code ?n}) to write into the SQL, so fragments never count parameters by hand.
 */
public final class SqlParams {

  private final List<Object> values = new ArrayList<>();

  /** Adds a value and returns its placeholder. Instants and dates bind as SQL timestamps/dates. */
  public String add(Object value) {
    if (value instanceof Instant instant) {
      values.add(NativeRows.timestamp(instant));
    } else if (value instanceof LocalDate date) {
      values.add(java.sql.Date.valueOf(date));
    } else if (value instanceof Enum<?> constant) {
      values.add(constant.name());
    } else {
      values.add(value);
    }
    return "?" + values.size();
  }

  /** Binds every value to a JPA native query. */
  public Query bind(Query query) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  /**
   * Binds every value to a JDBC statement whose SQL was written with these placeholders and then
   * passed through {@link #jdbc(String)}.
   */
  public void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  /** The SQL with {@code ?n} placeholders turned into JDBC's plain {@code ?} (in order). */
  public static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d+", "?");
  }

  public List<Object> values() {
    return List.copyOf(values);
  }
}
