package org.learningcommons.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.ComplianceTeam;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/** A department's teams (people grouped by direct manager), from the URL's department filter. */
@Named
@ViewScoped
public class ComplianceDepartmentView extends CompliancePageBean {

  private static final long serialVersionUID = 1L;

  private PagedDataModel<ComplianceTeam> teams;

  public void load() {
    if (open()) {
      refresh();
    }
  }

  @Override
  protected void refresh() {
    ReportFilter filter = getApplied();
    teams = null;
    if (filter == null || filter.department() == null) {
      return;
    }
    String department = filter.department();
    // The first call checks the filter (an unknown department is a message), the model pages.
    if (attempt(() -> reports.teams(filter, department, new PageRequest(0, 1))) != null) {
      teams =
          new PagedDataModel<>(
              () -> reports.teams(filter, department, new PageRequest(0, 1)).total(),
              page -> reports.teams(filter, department, page).items());
    }
  }

  public String getDepartment() {
    return getApplied() == null ? null : getApplied().department();
  }

  public String teamLink(String manager) {
    return link(
        "/reporting/compliance-team.xhtml", appliedOrDefault().withManager(manager), null, null);
  }

  public String getBackLink() {
    return link("/reporting/compliance.xhtml", appliedOrDefault().withDepartment(null), null, null);
  }

  public PagedDataModel<ComplianceTeam> getTeams() {
    return teams;
  }
}
