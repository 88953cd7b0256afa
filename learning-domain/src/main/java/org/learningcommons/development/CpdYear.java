package org.learningcommons.development;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A calendar year's continuing professional development against the target. What counts: the
 * credited time of every course completed in the year, and every external learning entry completed
 * in the year that a manager did not decline, whether verified or not (verification is optional,
 * and a record should not look empty while a manager is away). The verified part is shown on its
 * own, so a reader sees how much is confirmed.
 *
 * @param courseMinutes minutes credited by completions in the year
 * @param verifiedMinutes external learning verified by a manager or HR
 * @param unverifiedMinutes external learning not (yet) verified, declined entries excluded
 * @param targetHours the hours the person is expected to reach in a year
 */
public record CpdYear(
    int year, long courseMinutes, long verifiedMinutes, long unverifiedMinutes, int targetHours) {

  public CpdYear {
    if (courseMinutes < 0 || verifiedMinutes < 0 || unverifiedMinutes < 0 || targetHours < 0) {
      throw new IllegalArgumentException("Minutes and target cannot be negative");
    }
  }

  public long totalMinutes() {
    return courseMinutes + verifiedMinutes + unverifiedMinutes;
  }

  public BigDecimal totalHours() {
    return hours(totalMinutes());
  }

  public BigDecimal courseHours() {
    return hours(courseMinutes);
  }

  public BigDecimal externalVerifiedHours() {
    return hours(verifiedMinutes);
  }

  public BigDecimal externalUnverifiedHours() {
    return hours(unverifiedMinutes);
  }

  /** How far the year is towards the target, 0 to 100 (100 also when there is no target). */
  public int percentOfTarget() {
    if (targetHours == 0) {
      return 100;
    }
    long percent = totalMinutes() * 100 / (targetHours * 60L);
    return (int) Math.min(100, percent);
  }

  public boolean targetReached() {
    return totalMinutes() >= targetHours * 60L;
  }

  /** Minutes as hours with two decimals. */
  public static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
