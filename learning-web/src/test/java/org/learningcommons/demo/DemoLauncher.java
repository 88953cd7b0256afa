package org.learningcommons.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
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

/**
 * The one-command demo run ({@code ./mvnw -Pdemo verify}): starts an embedded PostgreSQL and the
 * demo directory unless {@code DB_URL} / {@code LDAP_URL} point at real ones, then runs the Payara
 * Micro WAR as a child process ({@link MicroProcess}) until Ctrl-C. Without {@code SMTP_HOST} it
 * also starts a local mail server ({@link MailCatcher}) that keeps every mail sent. {@code
 * DEMO_LDIF} loads the directory from another LDIF, such as a benchmark dataset's
 * (docs/benchmarks.md).
 */
public final class DemoLauncher {

  private static final String DATABASE = "learning_commons";
  private static final String DB_USER = "postgres";
  private static final String DB_PASSWORD = "postgres";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
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
  private volatile MailCatcher mail;
  private volatile MicroProcess micro;

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
    configureMail();
    micro = startMicro();
    Integer exitCode = awaitReady();
    if (exitCode != null) {
      return exitCode;
    }
    seedDemoContent();
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
    Path ldif = customLdif();
    log(
        "starting the demo directory on port "
            + port
            + (ldif == null ? "" : " with the people of " + ldif));
    directory = DemoDirectory.start(port, ldif);
    settings.putAll(directory.applicationSettings());
    summary.add(
        "Directory: embedded demo directory, "
            + directory.url()
            + (ldif == null ? "" : ", loaded from " + ldif));
  }

  /**
   * Without {@code SMTP_HOST}, a local mail server catches every mail the application sends: the
   * mails are saved as .eml files under the data directory and can be read over IMAP.
   */
  private void configureMail() {
    if (!isSet("APP_BASE_URL")) {
      settings.put("APP_BASE_URL", "http://localhost:" + httpPort);
    }
    if (isSet("SMTP_HOST")) {
      // SMTP_* and MAIL_FROM reach the child unchanged: it inherits this process's environment.
      summary.add("Mail:      external SMTP server " + System.getenv("SMTP_HOST"));
      return;
    }
    int smtpPort = port("DEMO_SMTP_PORT", 2525);
    int imapPort = port("DEMO_IMAP_PORT", 3143);
    Path folder = dataDir.resolve("mail");
    log("starting the demo mail server (SMTP " + smtpPort + ", IMAP " + imapPort + ")");
    mail = MailCatcher.start(smtpPort, imapPort);
    mail.saveTo(folder);
    settings.putAll(mail.applicationSettings());
    summary.add("Mail:      every mail sent is saved in " + folder + " (.eml files)");
    summary.add(
        "           or read it over IMAP at localhost:"
            + imapPort
            + " (user: the address, e.g. alice@learningcommons.example; any password)");
  }

  /**
   * {@code DEMO_LDIF} serves another LDIF, such as a benchmark dataset's, instead of the demo
   * people. Maven runs this launcher in learning-web, so a relative path is taken from the project
   * root (the parent of the data directory), where the command was typed.
   */
  private Path customLdif() {
    if (!isSet("DEMO_LDIF")) {
      return null;
    }
    Path ldif = Path.of(System.getenv("DEMO_LDIF").trim());
    if (!ldif.isAbsolute()) {
      ldif = dataDir.getParent().resolve(ldif);
    }
    ldif = ldif.normalize();
    if (!Files.isRegularFile(ldif)) {
      throw new IllegalStateException("DEMO_LDIF names no file: " + ldif);
    }
    return ldif;
  }

  private MicroProcess startMicro() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>(settings);
    // The child inherits this process's environment, so a value set there wins.
    if (System.getenv("DIRECTORY_SYNC_ON_STARTUP") == null) {
      environment.put("DIRECTORY_SYNC_ON_STARTUP", "true");
    }
    log("starting Payara Micro on port " + httpPort);
    return MicroProcess.builder(microJar, microWar)
        .httpPort(httpPort)
        .hazelcastPort(port("DEMO_HAZELCAST_PORT", 15900))
        .rootDir(dataDir.resolve("payara"))
        .prebootFile(dataDir.resolve("preboot-commands.asadmin"))
        .environment(environment)
        .start();
  }

  /** Null once the application is ready, else the exit code to leave with. */
  private Integer awaitReady() throws InterruptedException {
    if (micro.awaitReady(READY_TIMEOUT)) {
      return null;
    }
    if (!micro.isAlive()) {
      log("Payara Micro exited with code " + micro.exitValue() + " before it was ready");
      return micro.exitValue();
    }
    log("not ready after " + READY_TIMEOUT.toMinutes() + " minutes, giving up");
    return 1;
  }

  /** Demo communities only with the demo directory: their authors are demo people. */
  private void seedDemoContent() {
    if (directory == null || isSet("DEMO_LDIF")) {
      return;
    }
    try {
      summary.add(DemoContent.seedIfEmpty(URI.create("http://localhost:" + httpPort + "/")));
    } catch (IOException | RuntimeException e) {
      summary.add("Demo data:  communities not seeded: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void printBanner() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String rule = "=".repeat(72);
    log(rule);
    log("Learning Commons is running at http://localhost:" + httpPort + "/");
    if (directory != null && isSet("DEMO_LDIF")) {
      log("Sign in with password \"demo\" as any person of DEMO_LDIF.");
    } else if (directory != null) {
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
    MicroProcess child = micro;
    if (child != null && child.isAlive()) {
      log("stopping Payara Micro");
      if (!child.stop(STOP_TIMEOUT)) {
        log("Payara Micro did not stop within " + STOP_TIMEOUT.toSeconds() + " s, killed it");
      }
    }
    if (mail != null) {
      log("stopping the demo mail server");
      mail.close();
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
