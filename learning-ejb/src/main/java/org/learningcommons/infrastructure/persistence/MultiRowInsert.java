package org.learningcommons.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows with one statement per chunk ({@code insert ... values (...), (...)}) on the
 * persistence context's own connection, so the rows belong to the caller's transaction. Entities
 * with identity keys cannot be batched by JPA (each insert waits for its key), and a notice to a
 * thread's followers can mean hundreds of rows.
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
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      StringBuilder sql = new StringBuilder(insert).append(" values ");
      int parameter = 0;
      for (int row = 0; row < chunk.size(); row++) {
        sql.append(row == 0 ? "(" : ", (");
        for (int column = 0; column < columns; column++) {
          sql.append(column == 0 ? "?" : ", ?").append(++parameter);
        }
        sql.append(')');
      }
      sql.append(' ').append(suffix);
      Query query = em.createNativeQuery(sql.toString());
      parameter = 0;
      for (T row : chunk) {
        Object[] rowValues = values.apply(row);
        if (rowValues.length != columns) {
          throw new IllegalArgumentException("Expected " + columns + " values per row");
        }
        for (Object value : rowValues) {
          query.setParameter(++parameter, value instanceof Instant i ? Timestamp.from(i) : value);
        }
      }
      query.executeUpdate();
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
