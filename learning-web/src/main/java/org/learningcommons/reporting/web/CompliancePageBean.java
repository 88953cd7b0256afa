package org.learningcommons.reporting.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.reporting.ComplianceReports;
import org.learningcommons.reporting.InvalidReportFilterException;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportGate;

/**
 * What the compliance pages share: the refusal of people without a reporting role (the 403 page,
 * audited by the gate), the filter read from the URL so that bookmarks and saved views work, and
 * bad filters shown as messages in {@code reportMessages}.
 */
public abstract class CompliancePageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ComplianceReports reports;
  @EJB ReportGate gate;
  @Inject Refusals refusals;

  private ReportFilterForm filter;
  private ReportFilter applied;

  /**
   * The view action's first step: false (and the 403 page) for staff without a reporting role;
   * otherwise reads the filter from the URL, showing a bad one as a message.
   */
  protected boolean open() {
    try {
      gate.scope("compliance");
    } catch (NotPermittedException e) {
      refusals.forbidden();
      return false;
    }
    Map<String, String> parameters = faces().getExternalContext().getRequestParameterMap();
    try {
      applied = ReportFilter.parse(parameters, today());
      filter = ReportFilterForm.of(applied);
    } catch (InvalidReportFilterException e) {
      applied = null;
      filter = ReportFilterForm.of(ReportFilter.defaults(today()));
      error(e.getMessage());
    }
    return true;
  }

  /** The filter bar's "apply". */
  public void apply() {
    try {
      applied = filter.toFilter(today());
      refresh();
    } catch (InvalidReportFilterException e) {
      error(e.getMessage());
    }
  }

  /** Recomputes what the page shows for the applied filter. */
  protected abstract void refresh();

  /**
   * Calls a use case; a filter the EJB refuses (unknown department or course, a manager outside the
   * line) becomes a message and null, something outside the caller's scope a 404.
   */
  protected <T> T attempt(Supplier<T> call) {
    try {
      return call.get();
    } catch (NotFoundException e) {
      refusals.notFound();
    } catch (EJBException e) {
      // Wrapped once per container boundary: the gate's refusal is not an application exception.
      InvalidReportFilterException invalid = null;
      for (Throwable cause = e; cause != null && invalid == null; cause = cause.getCause()) {
        if (cause instanceof InvalidReportFilterException found) {
          invalid = found;
        }
      }
      if (invalid == null) {
        throw e;
      }
      error(invalid.getMessage());
    } catch (InvalidReportFilterException e) {
      error(e.getMessage());
    }
    return null;
  }

  /** The applied filter, or null while the filter is not valid. */
  public ReportFilter getApplied() {
    return applied;
  }

  /** The applied filter, or the default one while the filter is not valid (for links). */
  protected ReportFilter appliedOrDefault() {
    return applied == null ? ReportFilter.defaults(today()) : applied;
  }

  protected void setApplied(ReportFilter filter) {
    this.applied = filter;
  }

  public ReportFilterForm getFilter() {
    return filter;
  }

  /** The applied filter as a query string, for links, exports and saved views. */
  public String getQuery() {
    return applied == null ? "" : ReportFilterForm.query(applied);
  }

  /** The link to a drill-down page with the applied filter and one more parameter. */
  protected String link(String page, ReportFilter filter, String parameter, String value) {
    StringBuilder url =
        new StringBuilder(faces().getExternalContext().getRequestContextPath())
            .append(page)
            .append('?')
            .append(ReportFilterForm.query(filter));
    if (parameter != null) {
      url.append('&')
          .append(parameter)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  protected static LocalDate today() {
    return LocalDate.now();
  }

  private static void error(String text) {
    faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }
}
