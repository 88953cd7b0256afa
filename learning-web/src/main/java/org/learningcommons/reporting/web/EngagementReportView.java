package org.learningcommons.reporting.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.EngagementActiveStaff;
import org.learningcommons.reporting.EngagementAnnouncements;
import org.learningcommons.reporting.EngagementCommunityWeeks;
import org.learningcommons.reporting.EngagementDormantCommunities;
import org.learningcommons.reporting.EngagementReport;
import org.learningcommons.reporting.EngagementSummary;
import org.learningcommons.reporting.ReportFilter;

/**
 * The engagement report page ({@code /reporting/engagement.xhtml}): active-staff tiles and chart,
 * posts per week of the busiest communities, and lazy tables of active staff per day, posts per
 * community and week, dormant communities (30, 60 or 90 days) and announcement rates.
 */
@Named("engagementReport")
@ViewScoped
public class EngagementReportView extends LearningReportBase {

  private static final long serialVersionUID = 1L;

  @EJB EngagementReport report;

  private int dormantDays = EngagementDormantCommunities.DEFAULT_DAYS;
  private EngagementSummary summary;
  private String activeChart;
  private String postsChart;
  private PagedDataModel<Object[]> activeDaily;
  private PagedDataModel<Object[]> communityWeeks;
  private PagedDataModel<Object[]> dormant;
  private PagedDataModel<Object[]> announcements;

  @Override
  String report() {
    return EngagementReport.REPORT;
  }

  @Override
  String page() {
    return "/reporting/engagement";
  }

  @Override
  void compute(ReportFilter filter) {
    summary = report.summary(filter, today(), dormantDays);
    List<String> weeks = new ArrayList<>();
    for (LocalDate week : summary.weeks()) {
      weeks.add(week.toString());
    }
    activeChart =
        LearningReportCharts.single(
            "line",
            weeks,
            messages.text("engagementReport.chart.active"),
            new ArrayList<>(summary.activePerWeek().values()));
    List<String> names = new ArrayList<>();
    List<List<Long>> posts = new ArrayList<>();
    for (EngagementSummary.CommunitySeries series : summary.topCommunities()) {
      names.add(series.name());
      posts.add(series.posts());
    }
    postsChart = LearningReportCharts.stacked(weeks, names, posts);
    activeDaily = model(EngagementActiveStaff.KEY, filter);
    communityWeeks = model(EngagementCommunityWeeks.KEY, filter);
    announcements = model(EngagementAnnouncements.KEY, filter);
    dormantModel(filter);
  }

  /** Shows the dormant communities for the chosen number of days. */
  public void changeDormantDays() {
    dormantModel(getApplied());
  }

  private void dormantModel(ReportFilter filter) {
    dormant = model(EngagementDormantCommunities.KEY, filter);
  }

  private PagedDataModel<Object[]> model(String key, ReportFilter filter) {
    EngagementReport tables = report;
    int days = dormantDays;
    return new PagedDataModel<>(
        () -> tables.count(key, filter, days), page -> tables.rows(key, filter, days, page));
  }

  public int getDormantDays() {
    return dormantDays;
  }

  public void setDormantDays(int dormantDays) {
    this.dormantDays =
        EngagementDormantCommunities.CHOICES.contains(dormantDays)
            ? dormantDays
            : EngagementDormantCommunities.DEFAULT_DAYS;
  }

  public List<Integer> getDormantChoices() {
    return List.of(30, 60, 90);
  }

  public EngagementSummary getSummary() {
    return summary;
  }

  public String getActiveChart() {
    return activeChart;
  }

  public String getPostsChart() {
    return postsChart;
  }

  public PagedDataModel<Object[]> getActiveDaily() {
    return activeDaily;
  }

  public PagedDataModel<Object[]> getCommunityWeeks() {
    return communityWeeks;
  }

  public PagedDataModel<Object[]> getDormant() {
    return dormant;
  }

  public PagedDataModel<Object[]> getAnnouncements() {
    return announcements;
  }
}
