package org.learningcommons.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one-command demo run ({@code ./mvnw -Pdemo verify}): starts an embedded PostgreSQL and the
 * demo directory unless {@code DB_URL} / {@code LDAP_URL} point at real ones, then runs the Payara
 * Micro WAR as a child process until Ctrl-C. A child process keeps the application's class path
 * free of this launcher's test libraries, exactly as in production.
 */
public final class DemoLauncher {

  private static final String DATABASE = "learning_commons";
  private static final String DB_USER = "postgres";
  private static final String DB_PASSWORD = "postgres";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final long startNanos = System.nanoTime();
  private final Path dataDir;
  private final Path microJar;
  private final Path microWar;
  private final int httpPort;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final List<String> summary = new ArrayList<>();

  // Written by the main thread, read by the shutdown hook.
  private volatile EmbeddedPostgres postgres;
  private volatile DemoDirectory directory;
  private volatile Process micro;

  private DemoLauncher(Path dataDir, Path microJar, Path microWar, int httpPort) {
    this.dataDir = dataDir;
    this.microJar = microJar;
    this.microWar = microWar;
    this.httpPort = httpPort;
  }

  public static void main(String[] args) {
    int exitCode;
    try {
      DemoLauncher launcher =
          new DemoLauncher(
              Path.of(System.getProperty("lc.dataDir", ".demo-data")).toAbsolutePath(),
              requiredFile("lc.microJar"),
              requiredFile("lc.microWar"),
              port("PORT", 8080));
      // Registered before anything starts, so Ctrl-C during start-up also cleans up.
      Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "demo-shutdown"));
      exitCode = launcher.run();
    } catch (Exception e) {
      log("start-up failed: " + e);
      exitCode = 1;
    }
    System.exit(exitCode);
  }

  private int run() throws IOException, InterruptedException, SQLException {
    Files.createDirectories(dataDir);
    configureDatabase();
    configureDirectory();
    micro = startMicro(writePrebootCommands());
    Integer exitCode = awaitReady();
    if (exitCode != null) {
      return exitCode;
    }
    printBanner();
    return micro.waitFor();
  }

  private void configureDatabase() throws IOException, SQLException {
    if (isSet("DB_URL")) {
      summary.add("Database:  external, " + withoutQuery(System.getenv("DB_URL")));
      return;
    }
    int port = port("DEMO_DB_PORT", 15432);
    Path data = dataDir.resolve("postgres");
    log("starting embedded PostgreSQL on port " + port + " (data in " + data + ")");
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            // Demo data must survive a restart; a later run reuses the initialised directory.
            .setCleanDataDirectory(false)
            .setServerConfig("synchronous_commit", "on")
            .setRegisterShutdownHook(false)
            .setPort(port)
            .start();
    String server = "jdbc:postgresql://localhost:" + port + "/";
    createDatabaseIfMissing(server + "postgres");
    settings.put("DB_URL", server + DATABASE);
    settings.put("DB_USER", DB_USER);
    settings.put("DB_PASSWORD", DB_PASSWORD);
    summary.add("Database:  embedded PostgreSQL, " + server + DATABASE + " (data in " + data + ")");
  }

  private static void createDatabaseIfMissing(String adminUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl, DB_USER, DB_PASSWORD);
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
      log("created database " + DATABASE);
    }
  }

  private void configureDirectory() {
    if (isSet("LDAP_URL")) {
      // LDAP_* and ROLE_* reach the child unchanged: it inherits this process's environment.
      summary.add("Directory: external, " + System.getenv("LDAP_URL"));
      return;
    }
    int port = port("DEMO_LDAP_PORT", 10389);
    log("starting the demo directory on port " + port);
    directory = DemoDirectory.start(port);
    settings.putAll(directory.applicationSettings());
    summary.add("Directory: embedded demo directory, " + directory.url());
  }

  /** Pins Hazelcast's port: even with --nocluster Micro would otherwise take 6900 or the next. */
  private Path writePrebootCommands() throws IOException {
    Path file = dataDir.resolve("preboot-commands.asadmin");
    String commands =
        "set hazelcast-runtime-configuration.start-port="
            + port("DEMO_HAZELCAST_PORT", 15900)
            + "\nset hazelcast-runtime-configuration.auto-increment-port=false\n";
    Files.writeString(file, commands, StandardCharsets.UTF_8);
    return file;
  }

  private Process startMicro(Path prebootCommands) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-jar",
            microJar.toString(),
            "--deploy",
            microWar.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(httpPort),
            "--nocluster",
            "--prebootcommandfile",
            prebootCommands.toString(),
            "--rootdir",
            dataDir.resolve("payara").toString());
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(settings);
    builder.environment().putIfAbsent("DIRECTORY_SYNC_ON_STARTUP", "true");
    log("starting Payara Micro on port " + httpPort);
    return builder.start();
  }

  /** Null once the application is ready, else the exit code to leave with. */
  private Integer awaitReady() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!micro.isAlive()) {
        log("Payara Micro exited with code " + micro.exitValue() + " before it was ready");
        return micro.exitValue();
      }
      if (isReady(client, request)) {
        return null;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    log("not ready after " + READY_TIMEOUT.toMinutes() + " minutes, giving up");
    return 1;
  }

  private static boolean isReady(HttpClient client, HttpRequest request)
      throws InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      // Refused or cut off while Micro is still starting or deploying: keep polling.
      return false;
    }
  }

  private void printBanner() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String rule = "=".repeat(72);
    log(rule);
    log("Learning Commons is running at http://localhost:" + httpPort + "/");
    if (directory != null) {
      log("Sign in with password \"demo\" as:");
      log("  alice   STAFF    Alice Archer, Software Engineer, Engineering");
      log("  mike    MANAGER  Mike Mitchell, Engineering Manager, Alice's manager");
      log("  hannah  HR       Hannah Hughes, HR Business Partner");
      log("  adam    ADMIN    Adam Adams, Platform Administrator");
    } else {
      log("Sign in with an account from your directory.");
    }
    summary.forEach(DemoLauncher::log);
    log(String.format("Ready in %.1f s (from launcher start to /health/ready UP)", seconds));
    log("Press Ctrl-C to stop.");
    log(rule);
  }

  /** Shutdown hook: the application first, then what it depends on. */
  private void stop() {
    Process child = micro;
    if (child != null && child.isAlive()) {
      log("stopping Payara Micro");
      child.destroy();
      try {
        if (!child.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          log("Payara Micro did not stop within " + STOP_TIMEOUT.toSeconds() + " s, killing it");
          child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (directory != null) {
      log("stopping the demo directory");
      directory.close();
    }
    if (postgres != null) {
      log("stopping embedded PostgreSQL");
      try {
        postgres.close();
      } catch (IOException e) {
        log("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
    log("stopped");
  }

  private static Path requiredFile(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(
          "-D"
              + property
              + " must name an existing file (got "
              + value
              + "); run ./mvnw -Pdemo verify");
    }
    return Path.of(value).toAbsolutePath();
  }

  private static boolean isSet(String variable) {
    String value = System.getenv(variable);
    return value != null && !value.isBlank();
  }

  private static int port(String variable, int fallback) {
    if (!isSet(variable)) {
      return fallback;
    }
    try {
      return Integer.parseInt(System.getenv(variable).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a port number", e);
    }
  }

  /** JDBC URLs may carry credentials in their parameters; the banner must not print them. */
  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static void log(String message) {
    System.out.println("[demo] " + message);
  }
}
