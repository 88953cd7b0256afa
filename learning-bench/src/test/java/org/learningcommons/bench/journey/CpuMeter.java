package org.learningcommons.bench.journey;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much CPU the load generator itself used while the journey ran. Client and server share the
 * machine's cores, so every core-second Gatling spends is one the application did not get: a run
 * where the generator takes a large share measures the generator as much as the application.
 *
 * <p>The generator's share is this JVM's CPU time over wall time times cores; the machine's share
 * comes from {@code /proc/stat} (Linux only; absent elsewhere).
 */
final class CpuMeter {

  private static final Path PROC_STAT = Path.of("/proc/stat");

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final int cores = Runtime.getRuntime().availableProcessors();

  private long startNanos;
  private long startCpuNanos;
  private long[] startMachine;

  void start() {
    startNanos = System.nanoTime();
    startCpuNanos = os.getProcessCpuTime();
    startMachine = machineTicks();
  }

  Reading stop() {
    long wallNanos = System.nanoTime() - startNanos;
    long cpuNanos = os.getProcessCpuTime() - startCpuNanos;
    long[] machine = machineTicks();
    double machineShare = -1;
    if (startMachine != null && machine != null) {
      long total = machine[0] - startMachine[0];
      long idle = machine[1] - startMachine[1];
      machineShare = total <= 0 ? -1 : 1.0 - (double) idle / total;
    }
    return new Reading(
        wallNanos / 1e9,
        cpuNanos / 1e9,
        cores,
        (double) cpuNanos / wallNanos / cores,
        machineShare);
  }

  /** All and idle (idle plus iowait) ticks of the machine, or null without /proc/stat. */
  private static long[] machineTicks() {
    try {
      String line = Files.readAllLines(PROC_STAT).get(0);
      String[] fields = line.trim().split("\\s+");
      long total = 0;
      // user nice system idle iowait irq softirq steal; guest time is already counted in user.
      for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new long[] {total, idle};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * One measurement.
   *
   * @param generatorShare the generator's CPU over wall time times cores, 0..1
   * @param machineShare the whole machine's busy share, 0..1, or -1 when unknown
   */
  record Reading(
      double wallSeconds,
      double cpuSeconds,
      int cores,
      double generatorShare,
      double machineShare) {}
}
