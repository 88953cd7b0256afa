package org.learningcommons.bench.journey;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.learningcommons.bench.dataset.DatasetGenerator;
import org.learningcommons.demo.DemoDirectory;

/**
 * Learning Commons' load journey (docs/benchmarks.md, "Load journey"): each virtual user is a
 * different generated person who signs in with the directory password and walks through the journey
 * of {@link JourneySteps}. The {@code mode} system property picks the load model:
 *
 * <ul>
 *   <li>{@code rate}: open model, {@code rate} new visits per second for {@code duration} seconds,
 *       no think time, as Moodle's published runs.
 *   <li>{@code capacity}: closed model, {@code think} seconds between steps, {@code startUsers}
 *       concurrent users plus {@code stepUsers} every {@code levelDuration} seconds until the
 *       {@link LoadMonitor} sees the p95 or the error share of its window pass a limit (the load
 *       generator stops) or {@code maxDuration} ends the run.
 *   <li>{@code smoke}: {@value #SMOKE_USERS} users, one visit each, for CI.
 * </ul>
 */
public class CommonsJourney extends Simulation {

  static final int SMOKE_USERS = 4;

  private final JourneySettings settings = JourneySettings.fromSystemProperties();
  private final LoadMonitor monitor =
      settings.mode() == JourneySettings.Mode.CAPACITY ? new LoadMonitor(settings) : null;
  private final CpuMeter cpu = new CpuMeter();

  public CommonsJourney() {
    HttpProtocolBuilder protocol =
        http.baseUrl(settings.baseUrl())
            .disableFollowRedirect()
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Learning Commons load journey (Gatling)")
            // Gatling would warm up on gatling.io; the first real request warms up instead.
            .disableWarmUp();

    ScenarioBuilder scenario = journey();
    PopulationBuilder population =
        switch (settings.mode()) {
          case RATE ->
              scenario.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()));
          case SMOKE -> scenario.injectOpen(rampUsers(SMOKE_USERS).during(2));
          case CAPACITY -> scenario.injectClosed(capacityLevels());
        };
    SetUp setUp = setUp(population).protocols(protocol);
    switch (settings.mode()) {
      case SMOKE -> setUp.assertions(global().failedRequests().count().is(0L));
      // A measurement with more than 1 % failed requests measures failures: the run fails.
      case RATE -> setUp.assertions(global().failedRequests().percent().lte(1.0));
      case CAPACITY -> setUp.maxDuration(settings.maxDuration());
    }
  }

  private ScenarioBuilder journey() {
    List<ChainBuilder> steps = new JourneySteps(monitor, settings.steps()).visit();
    List<ChainBuilder> paced = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (monitor != null) {
        // Before each step, so a stop takes effect within one step of every user.
        paced.add(stopLoadGeneratorIf(session -> monitor.stopReason(), session -> stop()));
      }
      paced.add(steps.get(i));
      if (settings.mode() == JourneySettings.Mode.CAPACITY && i < steps.size() - 1) {
        // Uniform between half and one and a half times the think time: with a fixed pause all
        // users started together would stay in step and hit the same page in the same instant.
        paced.add(
            pause(settings.think().dividedBy(2), settings.think().multipliedBy(3).dividedBy(2)));
      }
    }
    return scenario("Learning Commons journey")
        .feed(people())
        .exec(exitBlockOnFail().on(exec(paced)));
  }

  private boolean stop() {
    return monitor.stopReason() != null;
  }

  /** Each level holds its number of users for one level length; Gatling replaces leavers. */
  private List<ClosedInjectionStep> capacityLevels() {
    List<ClosedInjectionStep> steps = new ArrayList<>();
    for (int level = 0; level < settings.levels(); level++) {
      steps.add(
          constantConcurrentUsers(settings.startUsers() + level * settings.stepUsers())
              .during(settings.levelLength()));
    }
    return steps;
  }

  /**
   * One record per generated person from {@link JourneySettings#FIRST_JOURNEY_USER} to {@code
   * users}, taken in turn (circular) so that concurrent visits are different people; each visits
   * the next person's page.
   */
  private FeederBuilder<Object> people() {
    Map<String, Map<String, Object>> ids =
        settings.needsJourneyData() ? journeyData(settings.journeyData()) : Map.of();
    List<Map<String, Object>> records = new ArrayList<>();
    int first = JourneySettings.FIRST_JOURNEY_USER;
    int last = settings.users();
    for (int index = first; index <= last; index++) {
      Map<String, Object> record = new HashMap<>();
      String username = DatasetGenerator.username(index);
      record.put("username", username);
      record.put("password", DemoDirectory.PERSON_PASSWORD);
      record.put("person", DatasetGenerator.username(index == last ? first : index + 1));
      if (settings.needsJourneyData()) {
        Map<String, Object> mine = ids.get(username);
        if (mine == null) {
          throw new IllegalStateException(
              username + " is not in " + settings.journeyData() + ": a dataset of another preset?");
        }
        record.putAll(mine);
      }
      records.add(record);
    }
    return listFeeder(records).circular();
  }

  /**
   * The generator's {@code <preset>-journey.csv}: per person an open community they belong to, one
   * of its threads, a hot thread, an announcement to their department, the big announcement to
   * everyone and an HR member who reads its report, by username.
   */
  static Map<String, Map<String, Object>> journeyData(Path file) {
    Map<String, Map<String, Object>> ids = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] header = lines.get(0).split(",");
      for (String line : lines.subList(1, lines.size())) {
        // Empty values (a person in no open community) stay in place.
        String[] values = line.split(",", -1);
        Map<String, Object> record = new HashMap<>();
        for (int i = 1; i < header.length; i++) {
          record.put(header[i], values[i]);
        }
        ids.put(values[0], record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the journey data " + file.toAbsolutePath() + " (see -DjourneyData)", e);
    }
    return ids;
  }

  @Override
  public void before() {
    System.out.println("[journey] " + settings.describe() + " against " + settings.baseUrl());
    int people = settings.users() - JourneySettings.FIRST_JOURNEY_USER + 1;
    int mostUsers = settings.startUsers() + (settings.levels() - 1) * settings.stepUsers();
    if (settings.mode() == JourneySettings.Mode.CAPACITY && mostUsers > people) {
      // Two visits of one person can save the profile over each other; the second is refused
      // ("changed elsewhere"), which counts as an error and would stop the ramp early.
      System.out.println(
          "[journey] warning: up to "
              + mostUsers
              + " concurrent users but only "
              + people
              + " people; beyond that, people visit twice at once. Use a larger preset.");
    }
    cpu.start();
    if (monitor != null) {
      monitor.start();
    }
  }

  @Override
  public void after() {
    CpuMeter.Reading reading = cpu.stop();
    Properties run = new Properties();
    run.setProperty("mode", settings.mode().name().toLowerCase(Locale.ROOT));
    run.setProperty("description", settings.describe());
    run.setProperty("baseUrl", settings.baseUrl());
    run.setProperty("wallSeconds", format(reading.wallSeconds()));
    run.setProperty("cpu.generatorSeconds", format(reading.cpuSeconds()));
    run.setProperty("cpu.cores", String.valueOf(reading.cores()));
    run.setProperty("cpu.generatorShare", format(reading.generatorShare()));
    run.setProperty("cpu.machineShare", format(reading.machineShare()));
    if (monitor != null) {
      monitor.stop();
      run.setProperty(
          "capacity.stopReason",
          monitor.stopReason() == null
              ? "no limit reached within " + settings.maxDuration().toSeconds() + " s"
              : monitor.stopReason());
      List<LoadMonitor.Level> levels = monitor.levels();
      run.setProperty("capacity.users", String.valueOf(monitor.capacity(levels)));
      run.setProperty("capacity.levels", String.valueOf(levels.size()));
      for (int i = 0; i < levels.size(); i++) {
        LoadMonitor.Level level = levels.get(i);
        run.setProperty(
            "capacity.level." + i,
            String.format(
                Locale.ROOT,
                "%d,%.0f,%d,%d,%d,%d,%d,%.1f",
                level.users(),
                level.seconds(),
                level.requests(),
                level.errors(),
                level.p50(),
                level.p95(),
                level.p99(),
                level.requestsPerSecond()));
      }
    }
    write(run);
    System.out.printf(
        Locale.ROOT,
        "[journey] load generator CPU: %.0f%% of %d cores (%.1f s CPU in %.1f s)%s%n",
        100 * reading.generatorShare(),
        reading.cores(),
        reading.cpuSeconds(),
        reading.wallSeconds(),
        reading.machineShare() < 0
            ? ""
            : String.format(
                Locale.ROOT, "; whole machine busy %.0f%%", 100 * reading.machineShare()));
  }

  private void write(Properties run) {
    try {
      Files.createDirectories(settings.runFile().toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(settings.runFile())) {
        run.store(out, "Load journey run, read by JourneySummary");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + settings.runFile(), e);
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
