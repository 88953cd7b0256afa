package org.learningcommons.reporting.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningcommons.people.Role;
import org.learningcommons.reporting.ReportFilter;

/**
 * What the filter bar of a report page holds, as the person typed it. {@link #toFilter} turns it
 * into a checked {@link ReportFilter} (or throws with the message to show); the page beans keep one
 * each.
 */
public class ReportFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String department;
  private String manager;
  private Long courseId;
  private LocalDate from;
  private LocalDate to;
  private Role role;

  /** The form showing {@code filter}. */
  public static ReportFilterForm of(ReportFilter filter) {
    ReportFilterForm form = new ReportFilterForm();
    form.department = filter.department();
    form.manager = filter.manager();
    form.courseId = filter.courseId();
    form.from = filter.from();
    form.to = filter.to();
    form.role = filter.role();
    return form;
  }

  /** The form with the page's query parameters (the filter's parameter names) applied. */
  public static ReportFilterForm of(Map<String, String> parameters, LocalDate today) {
    return of(ReportFilter.parse(parameters, today));
  }

  /**
   * The filter the form describes.
   *
   * @throws org.learningcommons.reporting.InvalidReportFilterException with the message to show
   */
  public ReportFilter toFilter(LocalDate today) {
    Map<String, String> parameters = new HashMap<>();
    put(parameters, ReportFilter.DEPARTMENT, department);
    put(parameters, ReportFilter.MANAGER, manager);
    put(parameters, ReportFilter.COURSE, courseId == null ? null : courseId.toString());
    put(parameters, ReportFilter.FROM, from == null ? null : from.toString());
    put(parameters, ReportFilter.TO, to == null ? null : to.toString());
    put(parameters, ReportFilter.ROLE, role == null ? null : role.name());
    return ReportFilter.parse(parameters, today);
  }

  /** The filter as a URL query string (without "?"), for export links and bookmarks. */
  public static String query(ReportFilter filter) {
    return filter.toParameters().entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> parameters, String key, String value) {
    if (value != null) {
      parameters.put(key, value);
    }
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Role[] getRoles() {
    return Role.values();
  }
}
