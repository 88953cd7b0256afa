package org.learningcommons.announcement.publishing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.learningcommons.announcement.AcknowledgementsOnEdit;
import org.learningcommons.announcement.AnnouncementEdit;
import org.learningcommons.announcement.AnnouncementPhase;
import org.learningcommons.announcement.AnnouncementPublishing;
import org.learningcommons.announcement.PublishedAnnouncement;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;

/**
 * Editing a scheduled or showing announcement ({@code /announcements/edit.xhtml?id=N}). When the
 * announcement is showing and asks for acknowledgement, a change of its text needs the editor's
 * choice: reset acknowledgements (material change) or keep them (a correction). Times are entered
 * in the person's zone.
 */
@Named
@ViewScoped
public class AnnouncementEditForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "editForm:";

  @EJB AnnouncementPublishing publishing;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;

  private String id;
  private PublishedAnnouncement announcement;
  private String title;
  private String body;
  private LocalDateTime expireAt;
  private boolean pinned;
  private LocalDateTime dueAt;
  private AcknowledgementsOnEdit acknowledgements;

  public void load() {
    announcement = refusals.found(id, publishing::published);
    if (announcement == null) {
      return;
    }
    ZoneId zone = locale.getZone();
    title = announcement.title();
    body = announcement.body();
    expireAt = local(announcement.expireAt(), zone);
    pinned = announcement.pinned();
    dueAt = local(announcement.acknowledgementDueAt(), zone);
  }

  /** Saves and opens the report, or stays with the reasons beside the fields. */
  public String save() {
    ZoneId zone = locale.getZone();
    AnnouncementEdit edit =
        new AnnouncementEdit(
            title,
            body == null ? "" : body,
            instant(expireAt, zone),
            pinned,
            announcement.requiresAcknowledgement() ? instant(dueAt, zone) : null,
            isChoiceNeeded() ? acknowledgements : null,
            announcement.version());
    Map<String, String> fields =
        Map.of(
            "title", FORM + "title",
            "body", FORM + "body",
            "expireAt", FORM + "expireAt",
            "acknowledgementDueAt", FORM + "dueAt",
            "acknowledgements", FORM + "acknowledgements");
    if (!refusals.attempt(() -> publishing.edit(announcement.id(), edit), fields)) {
      return null;
    }
    messages.info("announcement.edit.saved");
    messages.keepForRedirect();
    return "/announcements/report?faces-redirect=true&id=" + announcement.id();
  }

  /** Showing and asking for acknowledgement: people may have acknowledged the text already. */
  public boolean isChoiceNeeded() {
    return announcement != null
        && announcement.requiresAcknowledgement()
        && announcement.phase() == AnnouncementPhase.ACTIVE;
  }

  public AcknowledgementsOnEdit[] getChoices() {
    return AcknowledgementsOnEdit.values();
  }

  private static LocalDateTime local(Instant instant, ZoneId zone) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  private static Instant instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PublishedAnnouncement getAnnouncement() {
    return announcement;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDateTime getExpireAt() {
    return expireAt;
  }

  public void setExpireAt(LocalDateTime expireAt) {
    this.expireAt = expireAt;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public AcknowledgementsOnEdit getAcknowledgements() {
    return acknowledgements;
  }

  public void setAcknowledgements(AcknowledgementsOnEdit acknowledgements) {
    this.acknowledgements = acknowledgements;
  }
}
