package org.learningcommons.bench.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningcommons.bench.dataset.DatasetGenerator;
import org.learningcommons.bench.dataset.Options;
import org.learningcommons.bench.dataset.Preset;
import org.learningcommons.bench.dataset.Summary;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.MicroProcess;
import org.learningcommons.demo.TestDatabase;

/**
 * Keeps the load journey from rotting: the smoke mode of {@link CommonsJourney} against the Payara
 * Micro WAR serving a generated preset S (a throwaway database filled by the dataset generator and
 * a directory loaded from its LDIF). Every step must run for every virtual user, without a single
 * failed request. The Micro's output goes to {@code target/journey-smoke/micro.log}.
 */
class JourneySmokeIT {

  private static final Preset PRESET = Preset.S;
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  // Written by @BeforeAll, read by the test, @AfterAll and the shutdown hook.
  private static volatile TestDatabase database;
  private static volatile DemoDirectory directory;
  private static volatile MicroProcess micro;
  private static Thread shutdownHook;
  private static Path work;
  private static Path journeyData;

  /** The step groups whose pages and endpoints exist: each must run for every user. */
  private static final Set<JourneySettings.StepGroup> STEPS =
      EnumSet.of(JourneySettings.StepGroup.PEOPLE, JourneySettings.StepGroup.ANNOUNCEMENTS);

  @BeforeAll
  static void serveAGeneratedPresetS() throws IOException, SQLException, InterruptedException {
    // Last resort for a JVM that ends without @AfterAll (a killed fork): nothing may outlive it.
    shutdownHook = new Thread(JourneySmokeIT::release, "journey-smoke-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    Path target = Path.of(System.getProperty("lc.benchDir", "target")).toAbsolutePath();
    work = target.resolve("journey-smoke");
    Files.createDirectories(work);

    database = TestDatabase.create();
    Summary dataset =
        DatasetGenerator.generate(
            Options.defaults(PRESET)
                .withDatabase(database.jdbcUrl(), database.user(), database.password())
                .withLdif(work.resolve(PRESET + ".ldif")));
    journeyData = dataset.journeyData();
    directory = DemoDirectory.start(DemoDirectory.freePort(), dataset.ldif());

    Map<String, String> environment = new LinkedHashMap<>(database.applicationSettings());
    environment.putAll(directory.applicationSettings());
    micro =
        MicroProcess.builder(requiredFile("lc.microJar"), requiredFile("lc.microWar"))
            .httpPort(DemoDirectory.freePort())
            .hazelcastPort(DemoDirectory.freePort())
            .rootDir(work.resolve("micro"))
            .log(work.resolve("micro.log"))
            .environment(environment)
            .start();
    if (!micro.awaitReady(READY_TIMEOUT)) {
      throw new IllegalStateException(
          (micro.isAlive()
                  ? "Payara Micro was not ready within " + READY_TIMEOUT.toMinutes() + " minutes"
                  : "Payara Micro exited with code " + micro.exitValue())
              + "; the end of its log:\n"
              + tail(work.resolve("micro.log"), 60));
    }
  }

  @AfterAll
  static void stopEverything() {
    release();
    Runtime.getRuntime().removeShutdownHook(shutdownHook);
  }

  /**
   * The learning steps cannot run until the learning pages and endpoints exist, but their ids can
   * be checked now: every journey person has a course they are actively enrolled on (published), a
   * lesson of that course, a search word and a person with a long record.
   */
  @Test
  void theJourneyDataNamesAnEnrolledCourseAndALessonOfItForEveryJourneyPerson()
      throws SQLException {
    Map<String, Map<String, Object>> ids = CommonsJourney.journeyData(journeyData);
    try (Connection connection =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        PreparedStatement enrolled =
            connection.prepareStatement(
                "select count(*) from enrolment e join course c on c.id = e.course_id"
                    + " join course_item i on i.course_id = c.id where e.username = ?"
                    + " and e.course_id = ? and e.status = 'ACTIVE' and c.status = 'PUBLISHED'"
                    + " and i.id = ? and i.kind <> 'QUIZ'");
        PreparedStatement record =
            connection.prepareStatement("select count(*) from completion where username = ?")) {
      for (int index = JourneySettings.FIRST_JOURNEY_USER; index <= PRESET.staff(); index++) {
        String username = DatasetGenerator.username(index);
        Map<String, Object> mine = ids.get(username);
        assertNotNull(mine, username);
        enrolled.setString(1, username);
        enrolled.setLong(2, Long.parseLong((String) mine.get("course")));
        enrolled.setLong(3, Long.parseLong((String) mine.get("lesson")));
        try (ResultSet rows = enrolled.executeQuery()) {
          rows.next();
          assertEquals(1, rows.getInt(1), username + " " + mine);
        }
        assertFalse(((String) mine.get("courseQuery")).isBlank(), username);
        record.setString(1, (String) mine.get("recordUser"));
        try (ResultSet rows = record.executeQuery()) {
          rows.next();
          assertTrue(
              rows.getInt(1) >= PRESET.learning().recordEntries(), mine.get("recordUser") + "");
        }
      }
    }
  }

  @Test
  void everyStepRunsForEveryUserWithoutAFailedRequest() throws IOException {
    Path results = work.getParent().resolve("gatling");
    Files.createDirectories(results);
    Set<String> before = runs(results);
    Map<String, String> properties =
        Map.of(
            "mode", "smoke",
            "baseUrl", micro.baseUrl(),
            "users", String.valueOf(PRESET.staff()),
            "steps",
                String.join(",", STEPS.stream().map(JourneySettings.StepGroup::label).toList()),
            "journeyData", journeyData.toString(),
            "lc.journeyRunFile", results.resolve("journey-run.properties").toString());
    properties.forEach(System::setProperty);
    int status;
    try {
      status =
          Gatling$.MODULE$.fromArgs(
              new String[] {
                GatlingCliOptions.Simulation.shortOption(), CommonsJourney.class.getName(),
                GatlingCliOptions.ResultsFolder.shortOption(), results.toString(),
                GatlingCliOptions.RunDescription.shortOption(), "journey smoke test"
              });
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }

    Set<String> after = runs(results);
    after.removeAll(before);
    assertEquals(1, after.size(), "one new Gatling run in " + results);
    JourneySummary.Result result = JourneySummary.read(results, after.iterator().next());
    String markdown = JourneySummary.markdown(result);
    Files.writeString(
        results.getParent().resolve("journey-summary.md"), markdown, StandardCharsets.UTF_8);
    System.out.println(markdown);

    for (String step : JourneySteps.names(STEPS)) {
      JourneySummary.Row row = result.step(step);
      assertNotNull(row, "the step '" + step + "' never ran");
      assertEquals(CommonsJourney.SMOKE_USERS, row.count(), "requests of '" + step + "'");
      assertEquals(0, row.errors(), "failed requests of '" + step + "': " + result.errors());
    }
    assertEquals(0, result.total().errors(), "failed requests: " + result.errors());
    assertEquals(0, status, "Gatling's exit status (2: its assertions failed)");
  }

  private static Set<String> runs(Path results) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(Files::isDirectory)
          .map(run -> run.getFileName().toString())
          .collect(Collectors.toCollection(java.util.HashSet::new));
    }
  }

  /** Stops the application first, then what it depends on; safe to call twice. */
  private static synchronized void release() {
    MicroProcess runningMicro = micro;
    DemoDirectory runningDirectory = directory;
    TestDatabase runningDatabase = database;
    micro = null;
    directory = null;
    database = null;
    try {
      if (runningMicro != null) {
        runningMicro.close();
      }
    } finally {
      try {
        if (runningDirectory != null) {
          runningDirectory.close();
        }
      } finally {
        if (runningDatabase != null) {
          runningDatabase.close();
        }
      }
    }
  }

  private static Path requiredFile(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(
          "-D" + property + " must name an existing file (got " + value + "); run with failsafe");
    }
    return Path.of(value);
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
