package org.learningcommons.bench.dataset;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines for the person waiting: what runs, every 10% of long work, and how long it took.
 */
final class Progress {

  private final PrintStream out;

  Progress(PrintStream out) {
    this.out = out;
  }

  void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  /** Runs {@code work} and reports its duration after {@code what}. */
  <T, E extends Exception> T timed(String what, Work<T, E> work) throws E {
    long start = System.nanoTime();
    T result = work.run();
    line("%s (%s)", what, seconds(millisSince(start)));
    return result;
  }

  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  Counter counter(String what, long total) {
    return new Counter(what, total);
  }

  static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** Counts rows and prints a line each time another 10% is done. */
  final class Counter {
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private int reportedTenths;

    private Counter(String what, long total) {
      this.what = what;
      this.total = total;
    }

    void advance(long rows) {
      done += rows;
      int tenths = total == 0 ? 10 : (int) (done * 10 / total);
      if (tenths > reportedTenths && done < total) {
        reportedTenths = tenths;
        line("  %s: %d%% (%,d of %,d rows)", what, tenths * 10, done, total);
      }
    }

    void done() {
      line("  %s: %,d rows (%s)", what, done, seconds(millisSince(start)));
    }
  }
}
