package org.learningcommons.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * What a {@link DatasetStep} loads with: the dataset's connection (one transaction for the whole
 * dataset) and bulk inserts through PostgreSQL {@code COPY ... FROM STDIN}, in batches, with
 * progress.
 */
public final class Loader {

  /**
   * Rows per COPY statement at most: large enough to be fast, small enough to bound memory. Smaller
   * tables go in ten batches, so that progress shows every 10%.
   */
  static final int MAX_BATCH = 10_000;

  static final int MIN_BATCH = 1_000;

  private final Connection connection;
  private final CopyManager copyManager;
  private final Progress progress;

  Loader(Connection connection, Progress progress) throws SQLException {
    this.connection = connection;
    this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    this.progress = progress;
  }

  public Connection connection() {
    return connection;
  }

  /** A line of progress output, e.g. what a step made. */
  public void note(String format, Object... args) {
    progress.line(format, args);
  }

  /** Writes the values of one item as one row of a {@link #copy} into a table. */
  @FunctionalInterface
  public interface RowWriter<T> {
    void write(T item, Row row);
  }

  /**
   * Inserts one row per item into {@code table}, with COPY in batches of at most {@value
   * #MAX_BATCH} rows.
   *
   * @return the number of rows inserted
   */
  public <T> long copy(String table, List<String> columns, List<T> items, RowWriter<T> writer)
      throws SQLException {
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    Progress.Counter counter = progress.counter(table, items.size());
    int batch = Math.max(MIN_BATCH, Math.min(MAX_BATCH, (items.size() + 9) / 10));
    Row row = new Row(columns.size());
    int inBatch = 0;
    for (T item : items) {
      row.begin();
      writer.write(item, row);
      row.end();
      if (++inBatch == batch) {
        send(sql, row);
        counter.advance(inBatch);
        inBatch = 0;
      }
    }
    if (inBatch > 0) {
      send(sql, row);
      counter.advance(inBatch);
    }
    counter.done();
    return items.size();
  }

  private void send(String sql, Row rows) throws SQLException {
    byte[] data = rows.drain().getBytes(StandardCharsets.UTF_8);
    CopyIn copy = copyManager.copyIn(sql);
    try {
      copy.writeToCopy(data, 0, data.length);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** One row of COPY text format: tab-separated values, {@code \N} for null, escaped text. */
  public static final class Row {

    private final StringBuilder text = new StringBuilder(1 << 20);
    private final int columns;
    private int values;

    Row(int columns) {
      this.columns = columns;
    }

    public Row text(String value) {
      if (value == null) {
        return nothing();
      }
      separate();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
      return this;
    }

    public Row number(long value) {
      separate();
      text.append(value);
      return this;
    }

    public Row bool(boolean value) {
      separate();
      text.append(value ? 't' : 'f');
      return this;
    }

    public Row instant(Instant value) {
      if (value == null) {
        return nothing();
      }
      separate();
      // ISO 8601 in UTC, which timestamptz reads whatever the session's time zone.
      text.append(value);
      return this;
    }

    public Row nothing() {
      separate();
      text.append("\\N");
      return this;
    }

    private void separate() {
      if (values++ > 0) {
        text.append('\t');
      }
    }

    void begin() {
      values = 0;
    }

    void end() {
      if (values != columns) {
        throw new IllegalStateException(
            "A row has " + values + " values for " + columns + " columns");
      }
      text.append('\n');
    }

    String drain() {
      String rows = text.toString();
      text.setLength(0);
      return rows;
    }
  }
}
