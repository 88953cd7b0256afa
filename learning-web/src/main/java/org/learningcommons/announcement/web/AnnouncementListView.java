package org.learningcommons.announcement.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.announcement.AnnouncementFilter;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.announcement.Priority;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * My announcements ({@code /announcements/index.xhtml}). The filters are view parameters, so a
 * filtered list is a bookmarkable address ({@code ?unread=true&priority=CRITICAL&pending=true}).
 */
@Named
@ViewScoped
public class AnnouncementListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Announcements announcements;

  private boolean unread;
  private String priority;
  private boolean pending;
  private boolean mayPublish;
  private PagedDataModel<AnnouncementView> results;

  public void load() {
    mayPublish = announcements.mayPublish();
    AnnouncementFilter filter = new AnnouncementFilter(unread, priorityOrNull(), pending);
    results =
        new PagedDataModel<>(
            () -> announcements.countMine(filter), page -> announcements.mine(filter, page));
  }

  /** Unknown priorities mean any: an old bookmark still opens. */
  private Priority priorityOrNull() {
    if (priority != null) {
      for (Priority candidate : Priority.values()) {
        if (candidate.name().equalsIgnoreCase(priority.strip())) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Shows the result at its own address. */
  public String search() {
    Priority chosen = priorityOrNull();
    priority = chosen == null ? null : chosen.name();
    return "/announcements/index?faces-redirect=true&includeViewParams=true";
  }

  public boolean isFiltered() {
    return unread || pending || priorityOrNull() != null;
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public PagedDataModel<AnnouncementView> getResults() {
    return results;
  }

  public boolean isMayPublish() {
    return mayPublish;
  }

  public boolean isUnread() {
    return unread;
  }

  public void setUnread(boolean unread) {
    this.unread = unread;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public boolean isPending() {
    return pending;
  }

  public void setPending(boolean pending) {
    this.pending = pending;
  }
}
