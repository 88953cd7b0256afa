package org.learningcommons.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Everything the compliance dashboard shows at the top: the totals, every department and course in
 * scope (for the charts; the tables page through them) and the monthly trend.
 *
 * @param computedAt when the figures were computed (they are live)
 */
public record ComplianceDashboard(
    ComplianceTotals totals,
    List<ComplianceDepartment> departments,
    List<ComplianceCourse> courses,
    List<ComplianceMonth> trend,
    Instant computedAt) {

  public ComplianceDashboard {
    departments = List.copyOf(departments);
    courses = List.copyOf(courses);
    trend = List.copyOf(trend);
  }
}
