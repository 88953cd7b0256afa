package org.learningcommons.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.ComplianceRequirement;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/**
 * One person's mandatory courses and where they stand; a person outside the caller's scope is a
 * 404, exactly like nobody.
 */
@Named
@ViewScoped
public class CompliancePersonView extends CompliancePageBean {

  private static final long serialVersionUID = 1L;

  private String username;
  private PagedDataModel<ComplianceRequirement> courses;

  public void load() {
    username =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("username");
    if (open()) {
      if (username == null || username.isBlank()) {
        refusals.notFound();
        return;
      }
      refresh();
    }
  }

  @Override
  protected void refresh() {
    ReportFilter filter = getApplied();
    courses = null;
    if (filter == null) {
      return;
    }
    String person = username;
    if (attempt(() -> reports.requirements(filter, person, new PageRequest(0, 1))) != null) {
      courses =
          new PagedDataModel<>(
              () -> reports.requirements(filter, person, new PageRequest(0, 1)).total(),
              page -> reports.requirements(filter, person, page).items());
    }
  }

  public String getUsername() {
    return username;
  }

  public String getBackLink() {
    ReportFilter filter = appliedOrDefault();
    return filter.manager() != null
        ? link("/reporting/compliance-team.xhtml", filter, null, null)
        : link("/reporting/compliance.xhtml", filter, null, null);
  }

  public PagedDataModel<ComplianceRequirement> getCourses() {
    return courses;
  }
}
