package org.learningcommons.announcement.publishing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.announcement.AcknowledgementReport;
import org.learningcommons.announcement.AnnouncementPublishing;
import org.learningcommons.announcement.AnnouncementReports;
import org.learningcommons.announcement.PendingPerson;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The acknowledgement report of one announcement ({@code /announcements/report.xhtml?id=N}): the
 * figures per department and in total, the people still missing (lazy), the CSV download, a
 * reminder by hand and taking the announcement down. Not found for anyone but its publisher, HR and
 * administrators.
 */
@Named
@ViewScoped
public class AnnouncementReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AnnouncementReports reports;
  @EJB AnnouncementPublishing publishing;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private AcknowledgementReport report;
  private PagedDataModel<PendingPerson> pending;

  public void load() {
    report = refusals.found(id, reports::report);
    if (report == null) {
      return;
    }
    long announcementId = report.announcement().id();
    pending =
        new PagedDataModel<>(
            () -> reports.countPending(announcementId),
            page -> reports.pending(announcementId, page));
  }

  private void refresh() {
    report = reports.report(report.announcement().id());
  }

  public void remind() {
    int[] reminded = new int[1];
    if (refusals.attempt(() -> reminded[0] = publishing.remind(report.announcement().id()))) {
      messages.info("announcement.report.reminded", reminded[0]);
    }
  }

  public void takeDown() {
    if (refusals.attempt(() -> publishing.takeDown(report.announcement().id()))) {
      messages.info("announcement.report.takenDown");
    }
    refresh();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AcknowledgementReport getReport() {
    return report;
  }

  public PagedDataModel<PendingPerson> getPending() {
    return pending;
  }
}
