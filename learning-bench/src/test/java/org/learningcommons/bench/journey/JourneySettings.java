package org.learningcommons.bench.journey;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * How a journey run is shaped, from system properties (Maven's {@code -D} options reach Gatling's
 * JVM unchanged). Defaults give a smoke run against {@code http://localhost:8080}.
 *
 * @param users the preset's staff count: virtual users sign in as {@code u000003}..{@code u<users>}
 * @param rate rate mode: journeys started per second
 * @param duration rate mode: how long journeys keep starting
 * @param think capacity mode: pause between two steps, as a person reads the page
 * @param startUsers capacity mode: concurrent users of the first level
 * @param stepUsers capacity mode: users added per level
 * @param levelLength capacity mode: how long each level lasts
 * @param maxDuration capacity mode: the run ends after this even if no limit was reached
 * @param p95Limit capacity mode: stop once the p95 of the recent window exceeds this
 * @param maxErrorPercent capacity mode: stop once the recent window's error share exceeds this
 * @param window capacity mode: the sliding window the limits are judged on
 * @param runFile where the run's own facts (CPU share, capacity levels) are written for the summary
 * @param steps the groups of steps a visit makes besides signing in, home and signing out
 * @param journeyData the generator's ids per person (community, thread, hot thread, announcements,
 *     an HR reader, an enrolled course with a lesson, a search word, a long record), needed by
 *     every group but people; null without them
 */
public record JourneySettings(
    Mode mode,
    String baseUrl,
    int users,
    double rate,
    Duration duration,
    Duration think,
    int startUsers,
    int stepUsers,
    Duration levelLength,
    Duration maxDuration,
    Duration p95Limit,
    double maxErrorPercent,
    Duration window,
    Path runFile,
    Set<StepGroup> steps,
    Path journeyData) {

  /** The first generated people are the chief executive and the platform administrator. */
  public static final int FIRST_JOURNEY_USER = 3;

  /** How load is applied. */
  public enum Mode {
    /** Open model, fixed arrival rate, no think time: comparable with Moodle's published runs. */
    RATE,
    /** Closed model with think time, more concurrent users level by level until a limit. */
    CAPACITY,
    /** A handful of users, once each, to prove the journey still works. */
    SMOKE
  }

  /**
   * Groups of steps a visit can make (property {@code steps}, comma-separated). The default is
   * {@code people}, the journey as it was before communities; a group whose pages do not exist yet
   * would fail every visit, so it joins the default once its pages land.
   */
  public enum StepGroup {
    /** Staff directory, a person's profile, my profile and saving it. */
    PEOPLE,
    /** Communities directory, a community, a thread, a hot thread's second page, the JSON API. */
    COMMUNITIES,
    /** Through the JSON API: my active announcements (the home banner's list) and one of them. */
    ANNOUNCEMENTS,
    /**
     * {@code announcement-report}: an HR member reads the acknowledgement report of the big
     * announcement to everyone and the first page of who is pending, through the JSON API.
     */
    ANNOUNCEMENT_REPORT,
    /**
     * The course page, a lesson of it and the course page again (Moodle's course, lesson, course),
     * then through the JSON API a catalogue search, the course, the lesson, my record and a record
     * of 500 entries (as its owner and as an HR member): issue 6's speed targets.
     */
    LEARNING,
    /**
     * Issue 7's reports through the JSON API, read by an HR member, by the chief executive (a
     * manager whose line is everyone) and by a department head (a mid-level manager), each signed
     * in once through the login form so that the report calls carry the session and their times
     * leave the sign-in out: the compliance dashboard, its drill-down (department, team, person),
     * the overdue list, the learning and engagement reports and the full overdue export as CSV.
     */
    REPORTING;

    /** As written in {@code -Dsteps}: lower case, words joined by a hyphen. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the group's steps need the generator's ids ({@code -DjourneyData}). */
    public boolean needsJourneyData() {
      return this != PEOPLE;
    }
  }

  public JourneySettings {
    if (users < FIRST_JOURNEY_USER + 1) {
      throw new IllegalArgumentException(
          "users must be at least " + (FIRST_JOURNEY_USER + 1) + " (the preset's staff count)");
    }
    if (rate <= 0 || startUsers < 1 || stepUsers < 0) {
      throw new IllegalArgumentException("rate, startUsers and stepUsers must be positive");
    }
    steps = Set.copyOf(steps);
    if (journeyData == null) {
      for (StepGroup group : steps) {
        if (group.needsJourneyData()) {
          throw new IllegalArgumentException(
              "The "
                  + group.label()
                  + " steps need the generator's ids:"
                  + " -DjourneyData=.bench/<preset>-journey.csv");
        }
      }
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public static JourneySettings fromSystemProperties() {
    return from(System.getProperties());
  }

  static JourneySettings from(Properties p) {
    return new JourneySettings(
        Mode.valueOf(p.getProperty("mode", "smoke").trim().toUpperCase(Locale.ROOT)),
        p.getProperty("baseUrl", "http://localhost:8080").trim(),
        Integer.parseInt(p.getProperty("users", "100").trim()),
        Double.parseDouble(p.getProperty("rate", "1").trim()),
        seconds(p, "duration", 60),
        seconds(p, "think", 5),
        Integer.parseInt(p.getProperty("startUsers", "5").trim()),
        Integer.parseInt(p.getProperty("stepUsers", "5").trim()),
        seconds(p, "levelDuration", 60),
        seconds(p, "maxDuration", 1800),
        Duration.ofMillis(Long.parseLong(p.getProperty("p95LimitMs", "1000").trim())),
        Double.parseDouble(p.getProperty("maxErrorPercent", "1").trim()),
        seconds(p, "window", 30),
        Path.of(p.getProperty("lc.journeyRunFile", "target/gatling/journey-run.properties")),
        stepGroups(p.getProperty("steps", "people")),
        journeyData(p));
  }

  static Set<StepGroup> stepGroups(String list) {
    Set<StepGroup> groups = EnumSet.noneOf(StepGroup.class);
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        try {
          groups.add(StepGroup.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Unknown step group '"
                  + name.strip()
                  + "' in steps: use people, communities, announcements, announcement-report,"
                  + " learning, reporting",
              e);
        }
      }
    }
    return groups;
  }

  /**
   * A relative path is taken from the repository root (where the generator writes {@code .bench/})
   * when Maven passed it, as the run command does for {@code DEMO_LDIF}.
   */
  private static Path journeyData(Properties p) {
    String value = p.getProperty("journeyData", "").trim();
    if (value.isEmpty()) {
      return null;
    }
    Path path = Path.of(value);
    String root = p.getProperty("lc.repositoryRoot", "").trim();
    return path.isAbsolute() || root.isEmpty() ? path : Path.of(root).resolve(path);
  }

  public boolean includes(StepGroup group) {
    return steps.contains(group);
  }

  /** Whether any step of the run needs the generator's ids. */
  public boolean needsJourneyData() {
    return steps.stream().anyMatch(StepGroup::needsJourneyData);
  }

  private static Duration seconds(Properties p, String key, long fallback) {
    return Duration.ofMillis(
        Math.round(1000 * Double.parseDouble(p.getProperty(key, String.valueOf(fallback)).trim())));
  }

  /** Capacity mode: how many levels fit into the maximum duration (at least one). */
  public int levels() {
    return (int) Math.max(1, maxDuration.toMillis() / levelLength.toMillis());
  }

  /** One line for logs and the summary. */
  public String describe() {
    return load() + "; steps: " + stepNames();
  }

  private String stepNames() {
    return String.join(",", steps.stream().sorted().map(StepGroup::label).toList());
  }

  private String load() {
    return switch (mode) {
      case RATE ->
          String.format(
              Locale.ROOT,
              "rate: %s journeys/s for %d s, no think time, %d people",
              trim(rate),
              duration.toSeconds(),
              users - FIRST_JOURNEY_USER + 1);
      case CAPACITY ->
          String.format(
              Locale.ROOT,
              "capacity: %d concurrent users +%d every %d s (at most %d s), think time %s s;"
                  + " stop when p95 > %d ms or errors > %s%% over %d s",
              startUsers,
              stepUsers,
              levelLength.toSeconds(),
              maxDuration.toSeconds(),
              trim(think.toMillis() / 1000.0),
              p95Limit.toMillis(),
              trim(maxErrorPercent),
              window.toSeconds());
      case SMOKE -> "smoke: " + CommonsJourney.SMOKE_USERS + " users, one journey each";
    };
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
