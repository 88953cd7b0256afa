package org.learningcommons.announcement.publishing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.announcement.AnnouncementPublishing;
import org.learningcommons.announcement.PublishedAnnouncement;
import org.learningcommons.announcement.RevisionView;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The history of an announcement ({@code /announcements/history.xhtml?id=N}): its text now and the
 * texts before each edit after publication, with who changed it, when, and whether the change was
 * material and reset acknowledgements.
 */
@Named
@ViewScoped
public class AnnouncementHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AnnouncementPublishing publishing;
  @Inject Refusals refusals;

  private String id;
  private PublishedAnnouncement announcement;
  private PagedDataModel<RevisionView> revisions;

  public void load() {
    announcement = refusals.found(id, publishing::published);
    if (announcement == null) {
      return;
    }
    long announcementId = announcement.id();
    revisions =
        new PagedDataModel<>(
            () -> publishing.countRevisions(announcementId),
            page -> publishing.history(announcementId, page));
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

  public PagedDataModel<RevisionView> getRevisions() {
    return revisions;
  }
}
