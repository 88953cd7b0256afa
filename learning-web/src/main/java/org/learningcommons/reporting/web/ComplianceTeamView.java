package org.learningcommons.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.CompliancePerson;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/**
 * A team's people (the direct reports of the URL's manager) with their figures; a manager outside
 * the caller's line is a 404.
 */
@Named
@ViewScoped
public class ComplianceTeamView extends CompliancePageBean {

  private static final long serialVersionUID = 1L;

  private PagedDataModel<CompliancePerson> people;

  public void load() {
    if (open()) {
      refresh();
    }
  }

  @Override
  protected void refresh() {
    ReportFilter filter = getApplied();
    people = null;
    if (filter == null || filter.manager() == null) {
      return;
    }
    String manager = filter.manager();
    if (attempt(() -> reports.people(filter, manager, new PageRequest(0, 1))) != null) {
      people =
          new PagedDataModel<>(
              () -> reports.people(filter, manager, new PageRequest(0, 1)).total(),
              page -> reports.people(filter, manager, page).items());
    }
  }

  public String getManager() {
    return getApplied() == null ? null : getApplied().manager();
  }

  public String personLink(String username) {
    return link("/reporting/compliance-person.xhtml", appliedOrDefault(), "username", username);
  }

  public String getBackLink() {
    ReportFilter filter = appliedOrDefault().withManager(null);
    return filter.department() == null
        ? link("/reporting/compliance.xhtml", filter, null, null)
        : link("/reporting/compliance-department.xhtml", filter, null, null);
  }

  public PagedDataModel<CompliancePerson> getPeople() {
    return people;
  }
}
