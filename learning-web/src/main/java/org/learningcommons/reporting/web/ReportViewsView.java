package org.learningcommons.reporting.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.reporting.SavedReportViews;
import org.learningcommons.reporting.SavedReportViews.SavedView;
import org.learningcommons.shared.PageRequest;
import org.primefaces.PrimeFaces;

/**
 * The saved-views menu of a report page ({@code report-views.xhtml}): the person's views of the
 * report (the first {@link PageRequest#MAX_LIMIT}, by name), saving the current filter under a
 * name, deleting.
 */
@Named("reportViews")
@ViewScoped
public class ReportViewsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SavedReportViews views;
  @Inject transient Messages messages;

  private final Map<String, List<SavedView>> loaded = new HashMap<>();
  private String name;

  /** The person's views of {@code report}, read once per view (and after each change). */
  public List<SavedView> of(String report) {
    return loaded.computeIfAbsent(
        report, r -> views.list(r, new PageRequest(0, PageRequest.MAX_LIMIT)).items());
  }

  public void save(String report, String query) {
    try {
      SavedView saved = views.save(report, name, query);
      messages.info("report.views.saved", saved.name());
      loaded.remove(report);
      name = null;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (RejectedInputException e) {
      messages.error(e.key(), e.arguments());
    } catch (EJBException e) {
      error(e.getCause() == null ? e : e.getCause());
    } catch (IllegalArgumentException | NotPermittedException e) {
      error(e);
    }
  }

  public void delete(long id) {
    try {
      views.delete(id);
      messages.info("report.views.deleted");
    } catch (NotFoundException e) {
      messages.error("report.export.gone");
    }
    loaded.clear();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  private static void error(Throwable e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }
}
