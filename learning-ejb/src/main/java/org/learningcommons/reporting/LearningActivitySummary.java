package org.learningcommons.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The learning activity report's figures for a filter: totals, every month's completions, the first
 * rows of each table, external learning by verification status and the CPD year against targets.
 */
public record LearningActivitySummary(
    ReportFilter filter,
    long completions,
    BigDecimal hours,
    LearningActivityRows completionsMonthly,
    LearningActivityRows hoursByDepartment,
    LearningActivityRows topCourses,
    LearningActivityRows bestRated,
    List<External> external,
    Cpd cpd)
    implements Serializable {

  /** External learning completed in the period with one verification status. */
  public record External(String status, long entries, BigDecimal hours) implements Serializable {}

  /**
   * The CPD year of the period's end: how many people in scope there are, how many reach their
   * target, and the first of those below it.
   */
  public record Cpd(int year, long people, long reached, LearningActivityRows belowTarget)
      implements Serializable {

    public long below() {
      return people - reached;
    }
  }
}
