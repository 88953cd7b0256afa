package org.learningcommons.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningcommons.learning.CourseChoice;
import org.learningcommons.learning.PersonChoice;
import org.learningcommons.reporting.ReportGate;

/** Choices of the report filter bar: departments and managers in the caller's scope, courses. */
@Named
@RequestScoped
public class ReportFilterOptions {

  @Inject ReportGate gate;

  private List<String> departments;
  private List<CourseChoice> courses;

  public List<String> getDepartments() {
    if (departments == null) {
      departments = gate.departments(gate.scope("filter"));
    }
    return departments;
  }

  public List<CourseChoice> getCourses() {
    if (courses == null) {
      courses = gate.courses();
    }
    return courses;
  }

  /** Autocomplete of the manager-line filter: user names of managers in scope. */
  public List<String> completeManager(String text) {
    return gate.managers(gate.scope("filter"), text, 15).stream()
        .map(PersonChoice::username)
        .toList();
  }
}
