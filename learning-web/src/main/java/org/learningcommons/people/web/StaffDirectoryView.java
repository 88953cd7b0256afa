package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.people.StaffSummary;

/**
 * The staff directory. The criteria are view parameters, so a search is a bookmarkable address
 * ({@code /people/index.xhtml?q=…&department=…&title=…}); the table pages by ajax.
 */
@Named
@ViewScoped
public class StaffDirectoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ProfileService profiles;

  private String q;
  private String department;
  private String title;
  private List<String> departments;
  private PagedDataModel<StaffSummary> staff;

  public void load() {
    departments = profiles.departments();
    staff =
        new PagedDataModel<>(
            () -> profiles.countStaff(criteria()), page -> profiles.listStaff(criteria(), page));
  }

  private StaffSearch criteria() {
    return new StaffSearch(q, department, title);
  }

  /** Shows the result at its own address, so that it can be bookmarked and shared. */
  public String search() {
    return "/people/index?faces-redirect=true&includeViewParams=true";
  }

  public List<String> getDepartments() {
    return departments;
  }

  public PagedDataModel<StaffSummary> getStaff() {
    return staff;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
