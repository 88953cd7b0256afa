package org.learningcommons.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One month of the compliance trend.
 *
 * @param month the first day of the month
 * @param figures the month's figures: its snapshot, or the live figures for the current month
 * @param live whether the figures are live (the current month) rather than a stored snapshot
 */
public record ComplianceMonth(LocalDate month, ComplianceFigures figures, boolean live) {

  /**
   * The trend for the period {@code from}..{@code to}: the stored months inside it, and the current
   * month with the live figures in place of its snapshot (which may be a day old) when the period
   * reaches it. Months without a snapshot are left out rather than shown as 0 %.
   */
  public static List<ComplianceMonth> trend(
      List<ComplianceMonth> snapshots,
      ComplianceFigures live,
      LocalDate today,
      LocalDate from,
      LocalDate to) {
    YearMonth current = YearMonth.from(today);
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    List<ComplianceMonth> months = new ArrayList<>();
    for (ComplianceMonth month : snapshots) {
      YearMonth which = YearMonth.from(month.month());
      if (!which.equals(current) && !which.isBefore(first) && !which.isAfter(last)) {
        months.add(month);
      }
    }
    if (!current.isBefore(first) && !current.isAfter(last)) {
      months.add(new ComplianceMonth(current.atDay(1), live, true));
    }
    months.sort(Comparator.comparing(ComplianceMonth::month));
    return List.copyOf(months);
  }
}
