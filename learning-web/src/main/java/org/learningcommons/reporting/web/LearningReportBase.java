package org.learningcommons.reporting.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.reporting.InvalidReportFilterException;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportGate;

/**
 * What the learning activity and engagement pages share: the filter read from the URL, the apply
 * action (a redirect, so the page stays bookmarkable), the 403 for people without reports, and
 * figures that load by ajax after the page has rendered, so a slow report never blocks the page.
 */
abstract class LearningReportBase implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ReportGate gate;
  @Inject Messages messages;

  private ReportFilterForm filter;
  private ReportFilter applied;
  private boolean loaded;
  private boolean failed;

  /** The report's name for the gate ("learning", "engagement"). */
  abstract String report();

  /** The page's outcome, e.g. {@code /reporting/learning}. */
  abstract String page();

  /** Computes the figures for {@code filter} (called by ajax after the page has rendered). */
  abstract void compute(ReportFilter filter);

  /** The view action: refuses people without reports and reads the filter from the URL. */
  public void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (applied != null || faces.isPostback()) {
      return;
    }
    try {
      gate.scope(report());
    } catch (NotPermittedException | EJBException e) {
      ExternalContext external = faces.getExternalContext();
      try {
        external.responseSendError(403, messages.text("report.denied"));
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      faces.responseComplete();
      return;
    }
    LocalDate today = today();
    Map<String, String> parameters =
        new HashMap<>(faces.getExternalContext().getRequestParameterMap());
    try {
      applied = ReportFilter.parse(parameters, today);
    } catch (InvalidReportFilterException e) {
      invalid(e);
      applied = ReportFilter.defaults(today);
    }
    filter = ReportFilterForm.of(applied);
  }

  /** Loads the figures (the page's remote command, right after it rendered). */
  public void load() {
    try {
      compute(applied);
      loaded = true;
    } catch (InvalidReportFilterException e) {
      invalid(e);
      failed = true;
    } catch (EJBException e) {
      // The gate's refusal of a filter reaches the page wrapped once per EJB it passed through.
      Throwable cause = e;
      while (cause instanceof EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof InvalidReportFilterException invalid) {
        invalid(invalid);
        failed = true;
      } else {
        throw e;
      }
    }
  }

  /** Applies the filter bar: the page again with the filter in its URL. */
  public String apply() {
    try {
      ReportFilter next = filter.toFilter(today());
      return page() + "?faces-redirect=true&" + ReportFilterForm.query(next);
    } catch (InvalidReportFilterException e) {
      invalid(e);
      return null;
    }
  }

  private void invalid(InvalidReportFilterException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                messages.text("learningReport.invalidFilter", e.getMessage()),
                null));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  public ReportFilterForm getFilter() {
    return filter;
  }

  public ReportFilter getApplied() {
    return applied;
  }

  /** The applied filter as a URL query string, for export links and saved views. */
  public String getQuery() {
    return applied == null ? "" : ReportFilterForm.query(applied);
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isFailed() {
    return failed;
  }
}
