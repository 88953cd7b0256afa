package org.learningcommons.bench.dataset;

import java.util.Locale;

/**
 * Dataset sizes, named and sized like Moodle's performance presets so that results compare. Later
 * kinds of data (communities, threads, courses, enrolments) add their numbers here.
 */
public enum Preset {
  S(100, 8),
  M(1_000, 20),
  L(10_000, 60),
  XL(50_000, 150);

  private final int staff;
  private final int departments;

  Preset(int staff, int departments) {
    this.staff = staff;
    this.departments = departments;
  }

  /** People in the directory and in {@code staff_member}, the chief executive included. */
  public int staff() {
    return staff;
  }

  /** Departments, the Executive Office included. */
  public int departments() {
    return departments;
  }

  /** Reads a preset name in any case, e.g. {@code l} or {@code XL}. */
  public static Preset parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown preset '" + name + "': use S, M, L or XL", e);
    }
  }
}
