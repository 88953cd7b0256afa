package org.learningcommons.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.notification.MyNotifications;
import org.learningcommons.notification.NotificationView;

/** "Notifications": mine, newest first, a page at a time; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyNotifications mine;
  @Inject Messages messages;

  private PagedDataModel<NotificationView> notifications;

  @PostConstruct
  void init() {
    notifications = new PagedDataModel<>(() -> mine.count(), page -> mine.list(page));
  }

  /** Marks the notification read and goes where it leads (a path inside the application). */
  public void open(long id) throws IOException {
    NotificationView opened = mine.markRead(id);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + opened.link());
  }

  /** Reloads the page, so that the bell shows the new count too. */
  public String markAllRead() {
    int marked = mine.markAllRead();
    messages.info("notification.list.markedAll", marked);
    messages.keepForRedirect();
    return "/notifications?faces-redirect=true";
  }

  public PagedDataModel<NotificationView> getNotifications() {
    return notifications;
  }
}
