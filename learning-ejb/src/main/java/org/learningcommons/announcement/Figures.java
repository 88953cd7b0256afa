package org.learningcommons.announcement;

/** Percentages of the reports, rounded down so that 99.6 % never reads as "everyone". */
final class Figures {

  private Figures() {}

  static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) (part * 100 / whole);
  }
}
