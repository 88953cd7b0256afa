package org.learningcommons.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many requirements a group of people has, how many of them are met and how many are overdue.
 *
 * @param required (person, course) pairs with an active mandatory assignment
 * @param compliant requirements with a valid completion (expiring ones included)
 * @param overdue requirements not met whose due date passed, or whose completion expired
 * @param percent compliant / required as a percentage with one decimal, or null when nothing is
 *     required (no figure is better than a misleading 0 % or 100 %)
 */
public record ComplianceFigures(long required, long compliant, long overdue, Double percent) {

  public static final ComplianceFigures NONE = of(0, 0, 0);

  public static ComplianceFigures of(long required, long compliant, long overdue) {
    return new ComplianceFigures(required, compliant, overdue, percent(compliant, required));
  }

  /**
   * {@code part} of {@code whole} in percent, rounded half up to one decimal (as SQL's {@code
   * round(numeric, 1)} does, so that the tables and the exports agree); null when {@code whole} is
   * 0.
   */
  public static Double percent(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  public ComplianceFigures plus(ComplianceFigures other) {
    return of(required + other.required, compliant + other.compliant, overdue + other.overdue);
  }
}
