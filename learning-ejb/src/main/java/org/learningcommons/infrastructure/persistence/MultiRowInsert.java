package org.learningcommons.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows with one statement per chunk ({@code insert ... values (...), (...)}) on the
 * persistence context's own JDBC connection, so the rows belong to the caller's transaction.
 * Entities with identity keys cannot be batched by JPA (each insert waits for its key), and a
 * notice to a thread's followers can mean hundreds of rows.
 */
public final class MultiRowInsert {

  /** Keeps a statement well below PostgreSQL's limit of 32767 parameters. */
  static final int ROWS_PER_STATEMENT = 500;

  private MultiRowInsert() {}

  /**
   * @param insert the statement up to {@code values}, e.g. {@code insert into t (a, b)}
   * @param suffix what follows the values, e.g. an {@code on conflict} clause, or empty
   * @param columns how many parameters one row has
   * @param values one row's parameters; instants are bound as timestamps
   */
  public static <T> void insert(
      EntityManager em,
      String insert,
      String suffix,
      int columns,
      List<T> rows,
      Function<T, Object[]> values) {
    if (rows.isEmpty()) {
      return;
    }
    // Straight to JDBC: EclipseLink's native queries translate numbered parameters one by one
    // against the whole list, which made 20,000 notification rows (8 parameters each) take
    // about 9 s of CPU in an assignment-rule evaluation. The connection is the persistence
    // context's own, so the rows stay in the caller's transaction; pending changes go first.
    em.flush();
    Connection connection = em.unwrap(Connection.class);
    try {
      for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
        List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
        StringBuilder sql = new StringBuilder(insert).append(" values ");
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        sql.append(String.join(", ", Collections.nCopies(chunk.size(), row)));
        sql.append(' ').append(suffix);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
          int parameter = 0;
          for (T item : chunk) {
            Object[] rowValues = values.apply(item);
            if (rowValues.length != columns) {
              throw new IllegalArgumentException("Expected " + columns + " values per row");
            }
            for (Object value : rowValues) {
              statement.setObject(
                  ++parameter, value instanceof Instant i ? Timestamp.from(i) : value);
            }
          }
          statement.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not insert into: " + insert, e);
    }
  }

  /** Splits a long list of keys for {@code in (...)} queries. */
  public static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return chunks;
  }
}
