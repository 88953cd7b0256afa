package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The PostgreSQL database the dataset goes into. */
final class TargetDatabase {

  private static final String PREFIX = "jdbc:postgresql://";

  private final String url;
  private final String user;
  private final String password;

  TargetDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      if ("3D000".equals(e.getSQLState())) {
        throw new SQLException(
            e.getMessage() + " (add --create-database to create it)", e.getSQLState(), e);
      }
      throw e;
    }
  }

  /**
   * Creates the database through the server's {@code postgres} maintenance database unless it
   * exists.
   *
   * @return whether it was created
   */
  boolean createIfMissing() throws SQLException {
    String name = databaseName(url);
    try (Connection maintenance = DriverManager.getConnection(maintenanceUrl(url), user, password);
        PreparedStatement exists =
            maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return false;
        }
      }
      try (Statement create = maintenance.createStatement()) {
        create.execute("create database " + Inventory.quote(name));
      }
      return true;
    }
  }

  /**
   * Brings the schema up to date with the application's own Flyway migrations (from the
   * learning-ejb jar on the classpath), configured as the application configures them.
   *
   * @return the schema version
   */
  String migrate() {
    MigrateResult result =
        Flyway.configure(TargetDatabase.class.getClassLoader())
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    return result.targetSchemaVersion == null
        ? result.initialSchemaVersion
        : result.targetSchemaVersion;
  }

  /** The database named in a {@code jdbc:postgresql://host[:port]/database[?properties]} URL. */
  static String databaseName(String url) {
    int slash = databasePathStart(url);
    int query = url.indexOf('?', slash);
    String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("The database URL " + url + " names no database");
    }
    return name;
  }

  /** The same server's {@code postgres} database, with the same connection properties. */
  static String maintenanceUrl(String url) {
    int slash = databasePathStart(url);
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
  }

  private static int databasePathStart(String url) {
    int slash = url.startsWith(PREFIX) ? url.indexOf('/', PREFIX.length()) : -1;
    if (slash < 0) {
      throw new IllegalArgumentException(
          "Expected a database URL of the form " + PREFIX + "host:port/database, not " + url);
    }
    return slash;
  }
}
