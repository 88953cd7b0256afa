package org.learningcommons.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.ComplianceCourse;
import org.learningcommons.reporting.ComplianceDashboard;
import org.learningcommons.reporting.ComplianceDepartment;
import org.learningcommons.reporting.ComplianceExpiring;
import org.learningcommons.reporting.ComplianceFigures;
import org.learningcommons.reporting.ComplianceMonth;
import org.learningcommons.reporting.ComplianceOverdue;
import org.learningcommons.reporting.ComplianceReports;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/**
 * The compliance dashboard. The page renders at once; the figures come in the ajax request that the
 * page fires when loaded ({@link #compute}), so that a slow report never blocks it.
 */
@Named
@ViewScoped
public class ComplianceView extends CompliancePageBean {

  private static final long serialVersionUID = 1L;

  private ComplianceDashboard dashboard;
  private int days = 30;
  private PagedDataModel<ComplianceDepartment> departments;
  private PagedDataModel<ComplianceCourse> courses;
  private PagedDataModel<ComplianceOverdue> overdue;
  private PagedDataModel<ComplianceExpiring> expiring;

  public void load() {
    open();
  }

  /** The figures, loaded after the page (by the page's remote command) and on "apply". */
  public void compute() {
    ReportFilter filter = getApplied();
    dashboard = filter == null ? null : attempt(() -> reports.dashboard(filter));
    if (dashboard == null) {
      return;
    }
    departments =
        new PagedDataModel<>(
            () -> reports.departments(filter, new PageRequest(0, 1)).total(),
            page -> reports.departments(filter, page).items());
    courses =
        new PagedDataModel<>(
            () -> reports.courses(filter, new PageRequest(0, 1)).total(),
            page -> reports.courses(filter, page).items());
    overdue =
        new PagedDataModel<>(
            () -> reports.overdue(filter, new PageRequest(0, 1)).total(),
            page -> reports.overdue(filter, page).items());
    expiringWithin();
  }

  /** The 30/60/90 choice of the expiring table. */
  public void expiringWithin() {
    ReportFilter filter = getApplied();
    int window = days;
    expiring =
        new PagedDataModel<>(
            () -> reports.expiring(filter, window, new PageRequest(0, 1)).total(),
            page -> reports.expiring(filter, window, page).items());
  }

  @Override
  protected void refresh() {
    compute();
  }

  public boolean isComputed() {
    return dashboard != null;
  }

  public ComplianceDashboard getDashboard() {
    return dashboard;
  }

  /** The compliance percentage of the totals, or a dash when nothing is required. */
  public String getPercentText() {
    Double percent = dashboard == null ? null : dashboard.totals().figures().percent();
    return percent == null ? "–" : percent.toString();
  }

  public String departmentLink(String department) {
    return link(
        "/reporting/compliance-department.xhtml",
        appliedOrDefault().withDepartment(department),
        null,
        null);
  }

  /** Chart.js: compliance % by department, as a bar chart. */
  public String getDepartmentChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (ComplianceDepartment department : dashboard.departments()) {
      labels.add(department.department() == null ? "–" : department.department());
      add(values, department.figures());
    }
    return chart("bar", labels, values, "#3B82F6").build().toString();
  }

  /** Chart.js: compliance % by month, as a line chart. */
  public String getTrendChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (ComplianceMonth month : dashboard.trend()) {
      labels.add(month.month().toString().substring(0, 7));
      add(values, month.figures());
    }
    return chart("line", labels, values, "#10B981").build().toString();
  }

  private static void add(JsonArrayBuilder values, ComplianceFigures figures) {
    if (figures.percent() == null) {
      values.addNull();
    } else {
      values.add(figures.percent());
    }
  }

  private static JsonObjectBuilder chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", "%")
                                .add("data", values)
                                .add("backgroundColor", colour)
                                .add("borderColor", colour))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder().add("beginAtZero", true).add("max", 100))));
  }

  public List<Integer> getWindows() {
    return ComplianceReports.EXPIRY_WINDOWS;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = ComplianceReports.EXPIRY_WINDOWS.contains(days) ? days : 30;
  }

  public PagedDataModel<ComplianceDepartment> getDepartments() {
    return departments;
  }

  public PagedDataModel<ComplianceCourse> getCourses() {
    return courses;
  }

  public PagedDataModel<ComplianceOverdue> getOverdue() {
    return overdue;
  }

  public PagedDataModel<ComplianceExpiring> getExpiring() {
    return expiring;
  }
}
