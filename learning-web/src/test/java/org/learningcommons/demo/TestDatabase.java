package org.learningcommons.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A fresh, empty PostgreSQL database for one test run. With {@code LC_TEST_PG_URL} (an admin JDBC
 * URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) it creates a
 * throwaway database on that server, as CI does; otherwise it starts an embedded PostgreSQL so that
 * tests need no setup.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String SERVER_URL_VARIABLE = "LC_TEST_PG_URL";

  // The embedded server trusts local connections; the application still insists on a password.
  private static final String EMBEDDED_USER = "postgres";
  private static final String EMBEDDED_PASSWORD = "postgres";

  private final EmbeddedPostgres embedded;
  private final String adminUrl;
  private final Properties adminCredentials;
  private final String name;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private TestDatabase(
      EmbeddedPostgres embedded,
      String adminUrl,
      Properties adminCredentials,
      String name,
      String jdbcUrl,
      String user,
      String password) {
    this.embedded = embedded;
    this.adminUrl = adminUrl;
    this.adminCredentials = adminCredentials;
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** Creates the database on the server named by {@code LC_TEST_PG_URL}, or on an embedded one. */
  public static TestDatabase create() {
    String serverUrl = System.getenv(SERVER_URL_VARIABLE);
    return serverUrl == null || serverUrl.isBlank() ? embedded() : onServer(serverUrl.trim());
  }

  private static TestDatabase embedded() {
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
    try {
      String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      Properties credentials = credentials(EMBEDDED_USER, EMBEDDED_PASSWORD);
      String name = createDatabase(adminUrl, credentials);
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
      return new TestDatabase(
          postgres, adminUrl, credentials, name, url, EMBEDDED_USER, EMBEDDED_PASSWORD);
    } catch (RuntimeException e) {
      closeQuietly(postgres);
      throw e;
    }
  }

  private static TestDatabase onServer(String adminUrl) {
    JdbcUrl parsed = JdbcUrl.parse(adminUrl);
    String user = parsed.parameter("user", EMBEDDED_USER);
    String password = parsed.parameter("password", EMBEDDED_PASSWORD);
    // The admin URL may carry its own credentials; the driver prefers those over the properties.
    Properties credentials = credentials(user, password);
    String name = createDatabase(adminUrl, credentials);
    return new TestDatabase(
        null, adminUrl, credentials, name, parsed.withDatabase(name), user, password);
  }

  private static String createDatabase(String adminUrl, Properties credentials) {
    // Time plus randomness: parallel builds on one CI server must not collide.
    String name =
        "lc_test_"
            + Long.toString(System.currentTimeMillis(), 36)
            + "_"
            + Integer.toString(new SecureRandom().nextInt(1 << 20), 36);
    execute(adminUrl, credentials, "CREATE DATABASE " + name);
    return name;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public String name() {
    return name;
  }

  /** The settings the application needs to use this database, named like its variables. */
  public Map<String, String> applicationSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("DB_URL", jdbcUrl);
    settings.put("DB_USER", user);
    settings.put("DB_PASSWORD", password);
    return settings;
  }

  /** A new connection to the test database, for tests that check rows; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, credentials(user, password));
  }

  @Override
  public void close() {
    if (embedded != null) {
      // Stopping the server removes its temporary data directory, database included.
      closeQuietly(embedded);
    } else {
      execute(adminUrl, adminCredentials, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static void execute(String url, Properties credentials, String sql) {
    try (Connection connection = DriverManager.getConnection(url, credentials);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
    }
  }

  private static Properties credentials(String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return properties;
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  /** The parts of a {@code jdbc:postgresql://hosts/database?parameters} URL that matter here. */
  private record JdbcUrl(String hosts, Map<String, String> parameters) {

    private static final String PREFIX = "jdbc:postgresql://";

    static JdbcUrl parse(String url) {
      if (!url.startsWith(PREFIX)) {
        throw new IllegalArgumentException(
            SERVER_URL_VARIABLE + " must look like " + PREFIX + "host:port/postgres?user=...");
      }
      String rest = url.substring(PREFIX.length());
      int query = rest.indexOf('?');
      String path = query < 0 ? rest : rest.substring(0, query);
      int slash = path.indexOf('/');
      Map<String, String> parameters = new LinkedHashMap<>();
      if (query >= 0) {
        for (String pair : rest.substring(query + 1).split("&")) {
          int equals = pair.indexOf('=');
          if (equals > 0) {
            parameters.put(
                pair.substring(0, equals),
                URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
          }
        }
      }
      return new JdbcUrl(slash < 0 ? path : path.substring(0, slash), parameters);
    }

    String parameter(String key, String fallback) {
      String value = parameters.get(key);
      return value == null || value.isEmpty() ? fallback : value;
    }

    /** The same server and options for another database; credentials travel separately. */
    String withDatabase(String database) {
      StringBuilder url = new StringBuilder(PREFIX).append(hosts).append('/').append(database);
      char separator = '?';
      for (Map.Entry<String, String> parameter : parameters.entrySet()) {
        if (!parameter.getKey().equals("user") && !parameter.getKey().equals("password")) {
          url.append(separator)
              .append(parameter.getKey())
              .append('=')
              .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
          separator = '&';
        }
      }
      return url.toString();
    }
  }
}
