package org.learningcommons.announcement.publishing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.announcement.AnnouncementPublishing;
import org.learningcommons.announcement.PublishedAnnouncement;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The announcements the signed-in person published ({@code /announcements/published.xhtml}; HR and
 * administrators see everybody's), each with its figures, page by page.
 */
@Named
@ViewScoped
public class PublishedAnnouncementsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AnnouncementPublishing publishing;

  private PagedDataModel<PublishedAnnouncement> announcements;

  public PagedDataModel<PublishedAnnouncement> getAnnouncements() {
    if (announcements == null) {
      announcements =
          new PagedDataModel<>(
              () -> publishing.countPublished(), page -> publishing.published(page));
    }
    return announcements;
  }
}
