package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.DirectorySync;
import org.learningcommons.people.SyncRunView;

/** The administrators' page, directory sync card: recent runs and "Sync now". */
@Named
@ViewScoped
public class AdministrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many runs the card lists: about a day at the default hourly interval. */
  static final int RUNS_SHOWN = 20;

  /** The status {@link DirectorySync} reports for a run that went well. */
  private static final String SUCCEEDED = "SUCCEEDED";

  @EJB DirectorySync sync;
  @Inject Messages messages;

  private List<SyncRunView> runs;

  public void load() {
    runs = sync.recentRuns(RUNS_SHOWN);
  }

  public void syncNow() {
    SyncRunView run = sync.syncNow();
    if (SUCCEEDED.equals(run.status())) {
      messages.info(
          "admin.sync.done", run.created(), run.updated(), run.unchanged(), run.deactivated());
    } else {
      messages.error("admin.sync.failed", run.message() == null ? "" : run.message());
    }
    load();
  }

  public List<SyncRunView> getRuns() {
    return runs;
  }
}
