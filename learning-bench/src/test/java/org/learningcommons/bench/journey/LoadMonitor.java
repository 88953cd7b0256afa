package org.learningcommons.bench.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Capacity mode's stop condition. Gatling's open-source engine judges assertions only after the run
 * and cannot stop on live statistics, so the journey reports every response here and each virtual
 * user asks {@link #stopReason()} before its next step (Gatling's {@code stopLoadGeneratorIf}). A
 * background thread judges the last {@code window} every few seconds: its p95 above the limit, or
 * its error share above the limit, stops the run.
 *
 * <p>The monitor also keeps what each level of concurrent users achieved, for the summary.
 */
final class LoadMonitor {

  /** Fewer responses than this in the window say nothing yet. */
  static final int MIN_SAMPLES = 20;

  private static final Duration JUDGE_INTERVAL = Duration.ofSeconds(5);

  private final JourneySettings settings;
  private final ScheduledExecutorService judge;
  private final Object lock = new Object();

  // Guarded by lock. One long per response: milliseconds since the start (high 32 bits),
  // response time in milliseconds (bits 1-31) and success (bit 0). Appended in time order.
  private long[] samples = new long[4096];
  private int size;
  private long startMillis;

  private volatile String stopReason;

  LoadMonitor(JourneySettings settings) {
    this.settings = settings;
    this.judge =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "journey-load-monitor");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Called as injection begins: levels are counted from here. */
  void start() {
    synchronized (lock) {
      startMillis = System.currentTimeMillis();
    }
    long period = JUDGE_INTERVAL.toMillis();
    judge.scheduleAtFixedRate(this::judge, period, period, TimeUnit.MILLISECONDS);
  }

  void stop() {
    judge.shutdownNow();
  }

  /**
   * One response: its time in milliseconds (null when no response came, which counts as an error at
   * the time it took to fail) and whether all its checks passed.
   */
  void record(Integer responseMillis, boolean ok) {
    synchronized (lock) {
      long now = System.currentTimeMillis() - startMillis;
      long millis = responseMillis == null ? 0 : Math.min(responseMillis, Integer.MAX_VALUE >> 1);
      if (size == samples.length) {
        samples = Arrays.copyOf(samples, size * 2);
      }
      samples[size++] = (now << 32) | (millis << 1) | (ok && responseMillis != null ? 1 : 0);
    }
  }

  /** Why the run should stop, or null while it is within the limits. */
  String stopReason() {
    return stopReason;
  }

  /** The concurrent users of the level running at {@code millis} after the start. */
  int usersAt(long millis) {
    return settings.startUsers() + level(millis) * settings.stepUsers();
  }

  /** Responses that complete after the last level (visits still running) count towards it. */
  private int level(long millis) {
    return (int) Math.min(settings.levels() - 1, millis / settings.levelLength().toMillis());
  }

  private void judge() {
    if (stopReason != null) {
      return;
    }
    Window window;
    long now;
    synchronized (lock) {
      now = System.currentTimeMillis() - startMillis;
      window = window(now - settings.window().toMillis(), now);
    }
    if (window.count() < MIN_SAMPLES) {
      return;
    }
    int from = usersAt(Math.max(0, now - settings.window().toMillis()));
    int to = usersAt(now);
    String where =
        String.format(
            Locale.ROOT,
            " over the last %d s (%d responses, %s concurrent users), %d s into the run",
            settings.window().toSeconds(),
            window.count(),
            from == to ? String.valueOf(to) : from + " to " + to,
            now / 1000);
    if (window.errorPercent() > settings.maxErrorPercent()) {
      stop(
          String.format(
                  Locale.ROOT,
                  "errors %.1f%% > %s%%",
                  window.errorPercent(),
                  settings.maxErrorPercent())
              + where);
    } else if (window.percentile(95) > settings.p95Limit().toMillis()) {
      stop(
          String.format(
                  Locale.ROOT,
                  "p95 %d ms > %d ms",
                  window.percentile(95),
                  settings.p95Limit().toMillis())
              + where);
    }
  }

  private void stop(String reason) {
    stopReason = reason;
  }

  /** The responses between two offsets from the start; call with the lock held. */
  private Window window(long fromMillis, long toMillis) {
    int first = firstAtOrAfter(fromMillis);
    int count = 0;
    int errors = 0;
    int[] times = new int[Math.max(0, size - first)];
    for (int i = first; i < size && (samples[i] >>> 32) < toMillis; i++) {
      times[count++] = (int) ((samples[i] >>> 1) & 0x7FFF_FFFFL);
      if ((samples[i] & 1) == 0) {
        errors++;
      }
    }
    return new Window(Arrays.copyOf(times, count), errors);
  }

  private int firstAtOrAfter(long millis) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if ((samples[middle] >>> 32) < millis) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** What each level achieved, up to the one the run stopped in. */
  List<Level> levels() {
    synchronized (lock) {
      List<Level> levels = new ArrayList<>();
      if (size == 0) {
        return levels;
      }
      long length = settings.levelLength().toMillis();
      long end = samples[size - 1] >>> 32;
      int last = level(end);
      for (int level = 0; level <= last; level++) {
        long from = level * length;
        // The last level also takes the responses of visits that outlived it.
        Window window = window(from, level == last ? Long.MAX_VALUE : from + length);
        double seconds = Math.max(1, Math.min(end, from + length) - from) / 1000.0;
        levels.add(
            new Level(
                settings.startUsers() + level * settings.stepUsers(),
                seconds,
                window.count(),
                window.errors(),
                window.count() == 0 ? 0 : window.percentile(50),
                window.count() == 0 ? 0 : window.percentile(95),
                window.count() == 0 ? 0 : window.percentile(99),
                window.count() / seconds));
      }
      return levels;
    }
  }

  /**
   * The most concurrent users that a whole level served within both limits, with every level below
   * it within them too; 0 when not even the first level did.
   */
  int capacity(List<Level> levels) {
    int capacity = 0;
    for (Level level : levels) {
      // A level cut short by the stop (or by the end) did not show that it holds.
      boolean whole = level.seconds() >= 0.95 * settings.levelLength().toMillis() / 1000.0;
      boolean within =
          level.requests() > 0
              && level.p95() <= settings.p95Limit().toMillis()
              && 100.0 * level.errors() / level.requests() <= settings.maxErrorPercent();
      if (!whole || !within) {
        break;
      }
      capacity = level.users();
    }
    return capacity;
  }

  /** One level of the capacity ramp. */
  record Level(
      int users,
      double seconds,
      int requests,
      int errors,
      int p50,
      int p95,
      int p99,
      double requestsPerSecond) {}

  private record Window(int[] times, int errors) {

    Window {
      Arrays.sort(times);
    }

    int count() {
      return times.length;
    }

    double errorPercent() {
      return 100.0 * errors / times.length;
    }

    /** Nearest-rank percentile (Gatling's own figures come from a histogram and may differ). */
    int percentile(double percent) {
      int rank = (int) Math.ceil(percent / 100 * times.length);
      return times[Math.max(0, Math.min(times.length - 1, rank - 1))];
    }
  }
}
