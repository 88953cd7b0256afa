package org.learningcommons.announcement.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.announcement.AcknowledgementRefusedException;
import org.learningcommons.announcement.AnnouncementAttachments;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;

/**
 * One announcement ({@code /announcements/announcement.xhtml?id=N}). Opening it records that the
 * person read it. An unknown id, an announcement for another audience and one that is not showing
 * all answer 404 alike, so ids cannot be probed.
 */
@Named
@ViewScoped
public class AnnouncementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Announcements announcements;
  @EJB AnnouncementAttachments attachments;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;

  private String id;
  private AnnouncementView announcement;
  private List<AttachmentView> files = List.of();
  private boolean closed;

  public void load() {
    Long announcementId = Refusals.id(id);
    if (announcementId == null) {
      refusals.notFound();
      return;
    }
    try {
      announcement = announcements.open(announcementId);
      files = attachments.of(announcementId);
    } catch (NotFoundException e) {
      refusals.notFound();
    }
  }

  /** "I have read and understood": records the acknowledgement, or says why it is refused. */
  public void acknowledge() {
    long announcementId = announcement.id();
    try {
      announcement = announcements.acknowledge(announcementId);
      messages.info("announcement.acknowledged");
    } catch (AcknowledgementRefusedException e) {
      switch (e.reason()) {
        case ALREADY_ACKNOWLEDGED -> {
          announcement = announcements.open(announcementId);
          messages.error(
              "announcement.refusal.alreadyAcknowledged",
              locale.format(announcement.acknowledgedAt()));
        }
        case CLOSED -> {
          closed = true;
          messages.error("announcement.refusal.closed");
        }
        case NOT_REQUESTED -> messages.error("announcement.refusal.notRequested");
      }
    } catch (NotFoundException e) {
      closed = true;
      messages.error("announcement.refusal.gone");
    }
  }

  /** Whether the page offers the button: asked for, not standing, not closed meanwhile. */
  public boolean isAcknowledgeable() {
    return announcement != null
        && announcement.requiresAcknowledgement()
        && !announcement.acknowledged()
        && !closed;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AnnouncementView getAnnouncement() {
    return announcement;
  }

  public List<AttachmentView> getFiles() {
    return files;
  }
}
