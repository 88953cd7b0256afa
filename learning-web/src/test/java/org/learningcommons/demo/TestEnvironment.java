package org.learningcommons.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the integration-test environment once per JUnit session: a fresh database, the demo
 * directory and a mail server ({@link MailCatcher}). Their settings go to a properties file that
 * the Payara Micro started by Arquillian reads with {@code --systemproperties}. Only active when
 * the system property {@code lc.it} is {@code true} (failsafe sets it), so unit tests stay fast.
 */
public final class TestEnvironment implements LauncherSessionListener {

  /** Short intervals and thresholds so the tests can reach lockout and sync behaviour quickly. */
  private static final Map<String, String> TEST_SETTINGS =
      Map.ofEntries(
          Map.entry("DIRECTORY_SYNC_INTERVAL", "PT1H"),
          Map.entry("LOGIN_MAX_FAILURES", "3"),
          Map.entry("LOGIN_FAILURE_WINDOW", "PT5M"),
          Map.entry("LOGIN_LOCKOUT_DURATION", "PT2M"),
          // Mail leaves the outbox within a second, so tests wait for it briefly.
          Map.entry("MAIL_SEND_INTERVAL", "PT1S"),
          // Announcement timers work in batches of two people, so that tests cross batches.
          Map.entry("ANNOUNCEMENT_TIMER_BATCH", "2"),
          // Rule evaluation and the training timers cross batches too.
          Map.entry("ASSIGNMENT_EVALUATION_BATCH", "40"),
          Map.entry("TRAINING_TIMER_BATCH", "2"),
          Map.entry("APP_BASE_URL", "http://localhost:18080"),
          // The portal that may frame the widget (FeedsIT checks the header).
          Map.entry("WIDGET_FRAME_ANCESTORS", "'self' https://portal.example.com"));

  private static volatile TestDatabase database;
  private static volatile DemoDirectory directory;
  private static volatile MailCatcher mail;

  /** The demo directory the application under test signs in against. */
  public static DemoDirectory directory() {
    return require(directory);
  }

  /** The mail server the application under test sends to: tests read what arrived there. */
  public static MailCatcher mail() {
    return require(mail);
  }

  /** The database the application under test uses. */
  public static TestDatabase database() {
    return require(database);
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("lc.it")) {
      return;
    }
    database = TestDatabase.create();
    try {
      directory = DemoDirectory.start(DemoDirectory.freePort());
      mail = MailCatcher.start(DemoDirectory.freePort(), 0);
    } catch (RuntimeException e) {
      launcherSessionClosed(session);
      throw e;
    }
    Properties properties = new Properties();
    properties.putAll(database.applicationSettings());
    properties.putAll(directory.applicationSettings());
    properties.putAll(mail.applicationSettings());
    properties.putAll(TEST_SETTINGS);
    Path file = Path.of(System.getProperty("lc.itSystemProperties", "target/it-system.properties"));
    write(properties, file.toAbsolutePath());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    DemoDirectory openDirectory = directory;
    TestDatabase openDatabase = database;
    MailCatcher openMail = mail;
    directory = null;
    database = null;
    mail = null;
    try {
      if (openMail != null) {
        openMail.close();
      }
      if (openDirectory != null) {
        openDirectory.close();
      }
    } finally {
      if (openDatabase != null) {
        openDatabase.close();
      }
    }
  }

  private static void write(Properties properties, Path file) {
    try {
      Files.createDirectories(file.getParent());
      // The byte-stream form escapes anything outside Latin-1, so any reader decodes it.
      try (OutputStream out = Files.newOutputStream(file)) {
        properties.store(out, "Integration-test environment, written by " + TestEnvironment.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static <T> T require(T resource) {
    if (resource == null) {
      throw new IllegalStateException(
          "The test environment is not running: integration tests need -Dlc.it=true (failsafe)");
    }
    return resource;
  }
}
