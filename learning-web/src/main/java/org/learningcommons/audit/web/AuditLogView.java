package org.learningcommons.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.audit.AuditEntryView;
import org.learningcommons.audit.AuditLog;
import org.learningcommons.infrastructure.web.PagedDataModel;

/** The administrators' page, audit log card: the trail, newest first, a page at a time. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditLog auditLog;

  private PagedDataModel<AuditEntryView> entries;

  @PostConstruct
  void init() {
    entries = new PagedDataModel<>(() -> auditLog.count(), page -> auditLog.list(page));
  }

  public PagedDataModel<AuditEntryView> getEntries() {
    return entries;
  }
}
