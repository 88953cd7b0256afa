package org.learningcommons.reporting.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.reporting.ExportFormat;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportQuery;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The export buttons under a report table ({@code report-export.xhtml}): starts a background
 * export, reports its progress to the page's poll and hands out the finished file. One instance
 * serves every table of a page, keyed by table.
 */
@Named("reportExport")
@ViewScoped
public class ReportExportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReportExportJobs jobs;
  @Inject transient Messages messages;

  /** The current job per table key. */
  private final Map<String, String> started = new HashMap<>();

  public void start(String table, String format, String query) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ReportTexts texts = ReportTexts.of(faces.getViewRoot().getLocale());
    try {
      ReportFilter filter = ReportQuery.filter(query, LocalDate.now(texts.zone()));
      ReportExportJobs.Job job =
          jobs.start(owner(), table, ExportFormat.ofExtension(format).orElseThrow(), filter, texts);
      started.put(table, job.id());
    } catch (EJBException e) {
      refuse(e.getCause() == null ? e : e.getCause());
    } catch (IllegalArgumentException | NotPermittedException e) {
      refuse(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<ReportExportJobs.Job> job(String table) {
    return jobs.find(started.get(table), owner());
  }

  public boolean isRunning(String table) {
    return job(table).map(j -> j.state() == ReportExportJobs.State.RUNNING).orElse(false);
  }

  public boolean isReady(String table) {
    return job(table).map(j -> j.state() == ReportExportJobs.State.DONE).orElse(false);
  }

  public boolean isFailed(String table) {
    return job(table).map(j -> j.state() == ReportExportJobs.State.FAILED).orElse(false);
  }

  public int percent(String table) {
    return job(table).map(ReportExportJobs.Job::percent).orElse(0);
  }

  public String progress(String table) {
    return job(table)
        .map(j -> messages.text("report.export.progress", j.written(), j.total()))
        .orElse("");
  }

  /** The finished file, deleted once sent; nothing when it is gone (expired or taken). */
  public StreamedContent download(String table) {
    String id = started.remove(table);
    Optional<ReportExportJobs.Job> job = jobs.find(id, owner());
    Optional<Path> file = jobs.take(id, owner());
    if (file.isEmpty() || job.isEmpty()) {
      messages.error("report.export.gone");
      return null;
    }
    Path path = file.get();
    return DefaultStreamedContent.builder()
        .name(job.get().fileName())
        .contentType(job.get().format().contentType())
        .stream(() -> open(path))
        .build();
  }

  private static InputStream open(Path path) {
    try {
      // Deleted when the response has read it: the stream closes, then the file goes.
      InputStream in = Files.newInputStream(path);
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          super.close();
          ReportExportJobs.delete(path);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refuse(Throwable e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  private static String owner() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }
}
