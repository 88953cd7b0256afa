package org.learningcommons.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.reporting.DeliveryFrequency;
import org.learningcommons.reporting.ExportFormat;
import org.learningcommons.reporting.ReportDeliveries;
import org.learningcommons.reporting.ReportExports;
import org.learningcommons.reporting.ReportSchedules;
import org.learningcommons.reporting.ReportSchedules.Schedule;
import org.learningcommons.reporting.ReportSchedules.ScheduleInput;
import org.learningcommons.shared.PageRequest;

/** {@code reporting/schedules.xhtml}: the person's scheduled reports, a form for a new one. */
@Named("reportScheduleView")
@ViewScoped
public class ReportScheduleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReportSchedules schedules;
  @Inject transient ReportExports exports;
  @Inject transient ReportDeliveries deliveries;
  @Inject transient Messages messages;

  private PagedDataModel<Schedule> list;
  private List<ReportTablesChoice> tables;
  private String name;
  private String table;
  private String query;
  private ExportFormat format = ExportFormat.XLSX;
  private DeliveryFrequency frequency = DeliveryFrequency.WEEKLY;
  private String recipients;

  /** A table in the chooser. */
  public record ReportTablesChoice(String key, String title) implements Serializable {}

  @PostConstruct
  void init() {
    ReportTexts texts = ReportTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    // Refuses (403 page, audited) people without a reporting role before anything else.
    tables =
        exports.tables().stream()
            .map(t -> new ReportTablesChoice(t.key(), texts.table(t.key())))
            .toList();
    list = model(schedules);
  }

  private static PagedDataModel<Schedule> model(ReportSchedules schedules) {
    return new PagedDataModel<>(
        () -> schedules.list(new PageRequest(0, 1)).total(), page -> schedules.list(page).items());
  }

  public void save() {
    try {
      schedules.create(
          new ScheduleInput(
              name,
              table,
              query,
              format,
              frequency,
              recipients == null ? List.of() : Arrays.asList(recipients.split("[,;\\s]+"))));
      messages.info("report.schedules.saved");
      name = null;
      query = null;
      recipients = null;
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
      schedules.delete(id);
      messages.info("report.schedules.deleted");
    } catch (NotFoundException e) {
      messages.error("report.export.gone");
    }
  }

  public void runNow() {
    ReportDeliveries.DeliveryRun run =
        deliveries.runNow(
            ReportTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    messages.info("report.schedules.ran", run.schedules(), run.mailed());
  }

  public String recipientsOf(Schedule schedule) {
    return String.join(", ", schedule.recipients());
  }

  public String tableTitle(String key) {
    return tables.stream()
        .filter(t -> t.key().equals(key))
        .map(ReportTablesChoice::title)
        .findFirst()
        .orElse(key);
  }

  public PagedDataModel<Schedule> getList() {
    return list;
  }

  public List<ReportTablesChoice> getTables() {
    return tables;
  }

  public ExportFormat[] getFormats() {
    return ExportFormat.values();
  }

  public DeliveryFrequency[] getFrequencies() {
    return DeliveryFrequency.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public ExportFormat getFormat() {
    return format;
  }

  public void setFormat(ExportFormat format) {
    this.format = format;
  }

  public DeliveryFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(DeliveryFrequency frequency) {
    this.frequency = frequency;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  private static void error(Throwable e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }
}
