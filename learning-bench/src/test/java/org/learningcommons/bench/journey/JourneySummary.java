package org.learningcommons.bench.journey;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.charts.stats.StatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.core.stats.ErrorStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The journey's results as a markdown table per step (count, errors, p50/p95/p99/max), the
 * throughput, the load generator's CPU share and, in capacity mode, what each level achieved.
 *
 * <p>Gatling 3.15 no longer writes {@code js/stats.json}: its statistics live in the binary {@code
 * simulation.log}. They are read here with Gatling's own reader, the one its HTML report uses, so
 * the numbers (percentiles included, as configured in gatling.conf) are exactly the report's.
 *
 * <p>Run by the {@code journey} Maven profile after Gatling: {@code JourneySummary <results folder>
 * <summary.md>}; the journey smoke test calls {@link #read} directly.
 */
public final class JourneySummary {

  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private JourneySummary() {}

  /** One row: a step, or all steps together. Times in milliseconds. */
  public record Row(
      String name,
      long count,
      long errors,
      int p50,
      int p95,
      int p99,
      int max,
      double requestsPerSecond) {}

  /**
   * A finished run.
   *
   * @param steps one row per step, in journey order; steps that never ran are missing
   * @param errors Gatling's error messages with their counts, most frequent first
   * @param run what the simulation itself recorded (mode, CPU share, capacity levels), maybe empty
   */
  public record Result(
      String runName,
      Instant started,
      List<Row> steps,
      Row total,
      List<ErrorLine> errors,
      Properties run) {

    public Row step(String name) {
      return steps.stream().filter(row -> row.name().equals(name)).findFirst().orElse(null);
    }
  }

  /** One kind of failure and how often it happened. */
  public record ErrorLine(String message, int count) {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: JourneySummary <gatling results folder> <summary.md>");
      System.exit(2);
    }
    Path results = Path.of(args[0]);
    Result result = read(results, latestRun(results));
    String markdown = markdown(result);
    write(Path.of(args[1]), markdown);
    System.out.println();
    System.out.println(markdown);
    System.out.println("Written to " + Path.of(args[1]).toAbsolutePath());
  }

  /**
   * The run directory the Gatling Maven plugin names in {@code lastRun.txt}, else the newest one
   * that holds a {@code simulation.log}.
   */
  public static String latestRun(Path results) {
    try {
      Path lastRun = results.resolve("lastRun.txt");
      if (Files.isRegularFile(lastRun)) {
        List<String> lines = Files.readAllLines(lastRun, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return lines.get(0).trim();
        }
      }
      try (Stream<Path> runs = Files.list(results)) {
        return runs.filter(run -> Files.isRegularFile(run.resolve("simulation.log")))
            .max(Comparator.comparing(JourneySummary::modified))
            .map(run -> run.getFileName().toString())
            .orElseThrow(() -> new IllegalStateException("No Gatling run in " + results));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one run (a directory of {@code results}) and the simulation's run file beside it. */
  public static Result read(Path results, String runName) {
    GatlingConfiguration configuration = GatlingConfiguration$.MODULE$.load();
    LogFileData data = LogFileReader.apply(runName, results, configuration).read();

    Set<String> names = new LinkedHashSet<>(JourneySteps.allNames());
    // Requests that are not journey steps (none today) still get their row, after the steps.
    for (StatsPath path : CollectionConverters.asJava(data.statsPaths())) {
      if (path instanceof RequestStatsPath request) {
        names.add(request.request());
      }
    }
    List<Row> steps = new ArrayList<>();
    for (String name : names) {
      Row row = row(data, name, Option.apply(name));
      if (row != null) {
        steps.add(row);
      }
    }
    Row total = row(data, "All steps", Option.empty());
    List<ErrorLine> errors = new ArrayList<>();
    for (ErrorStats error :
        CollectionConverters.asJava(data.errors(Option.empty(), Option.empty()))) {
      errors.add(new ErrorLine(error.message(), error.count()));
    }
    return new Result(
        runName,
        Instant.ofEpochMilli(data.runInfo().runStart()),
        steps,
        total,
        errors,
        runFile(results.resolve("journey-run.properties")));
  }

  private static Row row(LogFileData data, String label, Option<String> request) {
    Option<GeneralStats> all = data.requestGeneralStats(request, Option.empty(), Option.empty());
    if (all.isEmpty() || all.get().count() == 0) {
      return null;
    }
    Option<GeneralStats> failed =
        data.requestGeneralStats(request, Option.empty(), Option.apply((Status) KO$.MODULE$));
    GeneralStats stats = all.get();
    return new Row(
        label,
        stats.count(),
        failed.isEmpty() ? 0 : failed.get().count(),
        percentile(stats, 50),
        percentile(stats, 95),
        percentile(stats, 99),
        stats.max(),
        stats.meanRequestsPerSec());
  }

  private static int percentile(GeneralStats stats, double rank) {
    return ((Number) stats.percentile().apply(rank)).intValue();
  }

  private static Properties runFile(Path file) {
    Properties run = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        run.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  /** The summary as markdown: what ran, a table per step, throughput, CPU, errors, levels. */
  public static String markdown(Result result) {
    StringBuilder md = new StringBuilder();
    Properties run = result.run();
    md.append("## Load journey, ")
        .append(run.getProperty("mode", "unknown mode"))
        .append(", ")
        .append(STARTED.format(result.started()))
        .append("\n\n");
    if (run.containsKey("description")) {
      md.append(run.getProperty("description"))
          .append(", against ")
          .append(run.getProperty("baseUrl"))
          .append(". ");
    }
    md.append("Gatling run `").append(result.runName()).append("`.\n\n");
    md.append("| Step | Count | Errors | p50 ms | p95 ms | p99 ms | max ms |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : result.steps()) {
      md.append(line(row.name(), row));
    }
    if (result.total() != null) {
      md.append(line("**All steps**", result.total()));
      md.append(
          String.format(
              Locale.ROOT,
              "%nThroughput: %.1f requests/s (mean over the run).%n",
              result.total().requestsPerSecond()));
    }
    if (run.containsKey("cpu.generatorShare")) {
      double machine = Double.parseDouble(run.getProperty("cpu.machineShare", "-1"));
      md.append(
          String.format(
              Locale.ROOT,
              "Load generator CPU: %.0f%% of %s cores (%.1f s CPU in %.1f s)%s. Client and server"
                  + " share the machine: the generator's share was not available to the"
                  + " application.%n",
              100 * Double.parseDouble(run.getProperty("cpu.generatorShare")),
              run.getProperty("cpu.cores"),
              Double.parseDouble(run.getProperty("cpu.generatorSeconds")),
              Double.parseDouble(run.getProperty("wallSeconds")),
              machine < 0
                  ? ""
                  : String.format(Locale.ROOT, "; whole machine busy %.0f%%", 100 * machine)));
    }
    if (!result.errors().isEmpty()) {
      md.append("\n| Errors | Message |\n|---:|---|\n");
      for (ErrorLine error : result.errors()) {
        md.append("| ")
            .append(error.count())
            .append(" | ")
            .append(error.message().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    int levels = Integer.parseInt(run.getProperty("capacity.levels", "0"));
    if (levels > 0) {
      md.append(
          "\n| Concurrent users | Seconds | Requests | Errors | p50 ms | p95 ms | p99 ms | req/s |\n");
      md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (int i = 0; i < levels; i++) {
        md.append("| ")
            .append(run.getProperty("capacity.level." + i).replace(",", " | "))
            .append(" |\n");
      }
      md.append("\nCapacity run ended: ")
          .append(run.getProperty("capacity.stopReason"))
          .append(".\nCapacity: ")
          .append(run.getProperty("capacity.users"))
          .append(
              " concurrent users (the highest whole level within the limits, all levels below"
                  + " it within them too).\n");
    }
    return md.toString();
  }

  private static String line(String label, Row row) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %d | %d |%n",
        label,
        row.count(),
        row.errors(),
        row.p50(),
        row.p95(),
        row.p99(),
        row.max());
  }

  private static void write(Path file, String markdown) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
