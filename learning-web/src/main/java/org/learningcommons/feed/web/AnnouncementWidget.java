package org.learningcommons.feed.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.shared.PageRequest;

/**
 * The latest announcements for the signed-in person, for the widget the intranet portal frames. The
 * widget page is public so that a person who is not signed in sees a link to sign in (in a new tab:
 * the sign-in page itself never appears in a frame) instead of a login form in the frame.
 */
@Named
@RequestScoped
public class AnnouncementWidget {

  /** What fits a portal tile; the link to all announcements leads to the rest. */
  static final int SHOWN = 8;

  @EJB Announcements announcements;
  @Inject CurrentUser user;

  private List<AnnouncementView> items = List.of();
  private boolean more;

  @PostConstruct
  void load() {
    if (user.isSignedIn()) {
      List<AnnouncementView> page = announcements.mine(new PageRequest(0, SHOWN + 1));
      more = page.size() > SHOWN;
      items = more ? page.subList(0, SHOWN) : page;
    }
  }

  public List<AnnouncementView> getItems() {
    return items;
  }

  /** Whether there are more announcements than the widget shows. */
  public boolean isMore() {
    return more;
  }
}
