package org.learningcommons.announcement.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningcommons.announcement.AnnouncementFilter;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.shared.PageRequest;

/**
 * The announcements on the home page: the banner of critical announcements that still ask something
 * of the person, and a box with the latest few. Two small queries per home page view.
 */
@Named
@RequestScoped
public class HomeAnnouncements {

  /** How many announcements the home page's box lists. */
  public static final int LATEST = 5;

  @EJB Announcements announcements;

  private List<AnnouncementView> banner = List.of();
  private List<AnnouncementView> latest = List.of();

  public void load() {
    banner = announcements.awaitingMe();
    latest = announcements.mine(AnnouncementFilter.ALL, new PageRequest(0, LATEST));
  }

  public List<AnnouncementView> getBanner() {
    return banner;
  }

  public List<AnnouncementView> getLatest() {
    return latest;
  }
}
