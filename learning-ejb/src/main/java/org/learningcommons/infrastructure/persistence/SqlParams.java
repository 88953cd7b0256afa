package org.learningcommons.infrastructure.persistence;

import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positional parameters of a native statement assembled from fragments: each {@link #add} returns
 * the placeholder ({@code ?n}) to write into the SQL, so fragments never count parameters by hand.
 */
public final class SqlParams {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

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
   * A JDBC statement for SQL written with this object's {@code ?n} placeholders, with every value
   * bound. Placeholders may appear in any order and more than once: each becomes a plain {@code ?}
   * bound to its value. Forward-only and read-only, so that with a fetch size inside a transaction
   * the driver reads through a cursor.
   */
  public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    Matcher placeholder = PLACEHOLDER.matcher(sql);
    List<Integer> order = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder();
    while (placeholder.find()) {
      order.add(Integer.parseInt(placeholder.group(1)));
      placeholder.appendReplacement(jdbc, "?");
    }
    placeholder.appendTail(jdbc);
    PreparedStatement statement =
        connection.prepareStatement(
            jdbc.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    try {
      for (int i = 0; i < order.size(); i++) {
        statement.setObject(i + 1, values.get(order.get(i) - 1));
      }
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  public List<Object> values() {
    return List.copyOf(values);
  }
}
