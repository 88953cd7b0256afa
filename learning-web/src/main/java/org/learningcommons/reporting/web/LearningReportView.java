package org.learningcommons.reporting.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.LearningActivityBestRated;
import org.learningcommons.reporting.LearningActivityCpdBelowTarget;
import org.learningcommons.reporting.LearningActivityHoursByDepartment;
import org.learningcommons.reporting.LearningActivityReport;
import org.learningcommons.reporting.LearningActivitySummary;
import org.learningcommons.reporting.LearningActivityTopCourses;
import org.learningcommons.reporting.ReportFilter;

/**
 * The learning activity report page ({@code /reporting/learning.xhtml}): tiles, completions per
 * month and hours by department as charts, and lazy tables of hours by department, most-taken and
 * best-rated courses and people below their CPD target.
 */
@Named("learningReport")
@ViewScoped
public class LearningReportView extends LearningReportBase {

  private static final long serialVersionUID = 1L;

  @EJB LearningActivityReport report;

  private LearningActivitySummary summary;
  private String completionsChart;
  private String hoursChart;
  private PagedDataModel<Object[]> departments;
  private PagedDataModel<Object[]> topCourses;
  private PagedDataModel<Object[]> bestRated;
  private PagedDataModel<Object[]> belowTarget;

  @Override
  String report() {
    return LearningActivityReport.REPORT;
  }

  @Override
  String page() {
    return "/reporting/learning";
  }

  @Override
  void compute(ReportFilter filter) {
    summary = report.summary(filter);
    List<String> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Object[] row : summary.completionsMonthly().rows()) {
      months.add(row[0].toString().substring(0, 7));
      counts.add((Long) row[1]);
    }
    completionsChart =
        LearningReportCharts.single(
            "bar", months, messages.text("learningReport.chart.completions"), counts);
    List<String> names = new ArrayList<>();
    List<BigDecimal> hours = new ArrayList<>();
    for (Object[] row : summary.hoursByDepartment().rows()) {
      names.add(
          row[0].toString().isEmpty()
              ? messages.text("learningReport.noDepartment")
              : row[0].toString());
      hours.add((BigDecimal) row[4]);
    }
    hoursChart =
        LearningReportCharts.single(
            "bar", names, messages.text("learningReport.chart.hours"), hours);
    departments = model(LearningActivityHoursByDepartment.KEY, filter);
    topCourses = model(LearningActivityTopCourses.KEY, filter);
    bestRated = model(LearningActivityBestRated.KEY, filter);
    belowTarget = model(LearningActivityCpdBelowTarget.KEY, filter);
  }

  private PagedDataModel<Object[]> model(String key, ReportFilter filter) {
    LearningActivityReport tables = report;
    return new PagedDataModel<>(
        () -> tables.count(key, filter), page -> tables.rows(key, filter, page));
  }

  public LearningActivitySummary getSummary() {
    return summary;
  }

  public String getCompletionsChart() {
    return completionsChart;
  }

  public String getHoursChart() {
    return hoursChart;
  }

  public PagedDataModel<Object[]> getDepartments() {
    return departments;
  }

  public PagedDataModel<Object[]> getTopCourses() {
    return topCourses;
  }

  public PagedDataModel<Object[]> getBestRated() {
    return bestRated;
  }

  public PagedDataModel<Object[]> getBelowTarget() {
    return belowTarget;
  }
}
