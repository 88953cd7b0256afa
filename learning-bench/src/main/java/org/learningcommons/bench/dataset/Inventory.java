package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the target database holds, told apart into generated rows (those a {@link DatasetStep}'s
 * condition recognises) and foreign rows: every other row of a table a step fills, and every row of
 * any other table in the schema, such as the audit trail or sign-in throttles a running application
 * recorded. Flyway's history table is neither.
 */
final class Inventory {

  private static final String FLYWAY_HISTORY = "flyway_schema_history";

  /** Rows of one table. */
  record Rows(String table, long count) {}

  private final List<Rows> generated;
  private final List<Rows> foreign;

  private Inventory(List<Rows> generated, List<Rows> foreign) {
    this.generated = generated;
    this.foreign = foreign;
  }

  /** Counts the rows of every table of the connection's current schema that exists now. */
  static Inventory take(Connection connection, List<DatasetStep> steps) throws SQLException {
    Map<String, String> generatedCondition = new LinkedHashMap<>();
    for (DatasetStep step : steps) {
      for (String table : step.tables()) {
        generatedCondition.put(table, step.generatedRows(table));
      }
    }
    List<Rows> generated = new ArrayList<>();
    List<Rows> foreign = new ArrayList<>();
    for (String table : tables(connection)) {
      String condition = generatedCondition.get(table);
      if (condition == null) {
        add(foreign, table, count(connection, "select count(*) from " + quote(table)));
      } else {
        add(
            generated,
            table,
            count(connection, "select count(*) from " + quote(table) + " where " + condition));
        add(
            foreign,
            table,
            count(
                connection,
                "select count(*) from " + quote(table) + " where not (" + condition + ")"));
      }
    }
    return new Inventory(List.copyOf(generated), List.copyOf(foreign));
  }

  List<Rows> generated() {
    return generated;
  }

  List<Rows> foreign() {
    return foreign;
  }

  boolean hasForeignData() {
    return !foreign.isEmpty();
  }

  static String describe(List<Rows> rows) {
    List<String> parts = new ArrayList<>();
    for (Rows table : rows) {
      parts.add(String.format(Locale.ROOT, "%s: %,d", table.table(), table.count()));
    }
    return String.join(", ", parts);
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    + " order by table_name")) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (!table.equals(FLYWAY_HISTORY)) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void add(List<Rows> list, String table, long count) {
    if (count > 0) {
      list.add(new Rows(table, count));
    }
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
