package org.learningcommons.development.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.development.ExternalLearningDetails;
import org.learningcommons.development.ExternalLearningEntries;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.infrastructure.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The external learning forms of the record page: the person adds, changes and deletes entries,
 * attaches evidence and asks for verification; a manager above them or HR verifies or declines. The
 * EJB decides who may; this reports its refusals.
 */
@Named
@ViewScoped
public class ExternalLearningForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "title", "externalForm:title",
          "provider", "externalForm:provider",
          "completedOn", "externalForm:completedOn",
          "hours", "externalForm:hours",
          "verify", "externalForm:verify");

  @EJB ExternalLearningEntries entries;
  @Inject RecordPage page;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject AttachmentSettings attachmentSettings;

  private Long editing;
  private String title;
  private String provider;
  private LocalDate completedOn;
  private BigDecimal hours;
  private boolean verify;
  private Long evidenceFor;
  private final Map<Long, String> reviewComments = new HashMap<>();

  /** Adds the entry, or saves the one being edited. */
  public void save() {
    ExternalLearningDetails details =
        new ExternalLearningDetails(title, provider, completedOn, hours);
    boolean saved =
        refusals.attempt(
            () -> {
              if (editing == null) {
                entries.add(details, verify);
              } else {
                entries.revise(editing, details);
              }
            },
            FIELDS);
    if (saved) {
      messages.info(editing == null ? "development.external.added" : "development.external.saved");
      clear();
      page.reload();
    }
  }

  public void edit(ExternalLearningView entry) {
    editing = entry.id();
    title = entry.title();
    provider = entry.provider();
    completedOn = entry.completedOn();
    hours = entry.hours();
    verify = false;
  }

  public void clear() {
    editing = null;
    title = null;
    provider = null;
    completedOn = null;
    hours = null;
    verify = false;
  }

  public void delete(long id) {
    if (refusals.attempt(() -> entries.delete(id))) {
      messages.info("development.external.deleted");
      if (Long.valueOf(id).equals(editing)) {
        clear();
      }
      page.reload();
    }
  }

  public void requestVerification(long id) {
    if (refusals.attempt(() -> entries.requestVerification(id))) {
      messages.info("development.external.requested");
      page.reload();
    }
  }

  public void chooseEvidenceFor(long id) {
    evidenceFor = id;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    Long id = evidenceFor;
    if (id == null) {
      return;
    }
    if (refusals.attempt(
        () -> entries.attachEvidence(id, file.getFileName(), file.getContent()),
        Map.of("file", "evidenceForm:evidence"))) {
      messages.info("development.external.evidenceAdded");
      page.reload();
    }
  }

  public void verify(long id) {
    review(id, true);
  }

  public void decline(long id) {
    review(id, false);
  }

  private void review(long id, boolean verified) {
    String comment = reviewComments.get(id);
    if (refusals.attempt(() -> entries.review(id, verified, comment))) {
      messages.info(verified ? "development.external.verified" : "development.external.declined");
      reviewComments.remove(id);
      page.reload();
    }
  }

  public long getMaxBytes() {
    return attachmentSettings.maxBytes();
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Map<Long, String> getReviewComments() {
    return reviewComments;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public boolean isVerify() {
    return verify;
  }

  public void setVerify(boolean verify) {
    this.verify = verify;
  }
}
