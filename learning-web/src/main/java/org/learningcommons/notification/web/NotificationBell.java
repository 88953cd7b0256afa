package org.learningcommons.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningcommons.notification.MyNotifications;

/**
 * The bell in the header. Request scoped and created only where the header shows the bell, so a
 * page costs one count on the partial index of unread notifications.
 */
@Named
@RequestScoped
public class NotificationBell {

  /** More than this shows as "99+". */
  static final long SHOWN_AT_MOST = 99;

  @EJB MyNotifications mine;

  private long unread;

  @PostConstruct
  void count() {
    unread = mine.unreadCount();
  }

  public long getUnread() {
    return unread;
  }

  public String getBadge() {
    return unread > SHOWN_AT_MOST ? SHOWN_AT_MOST + "+" : Long.toString(unread);
  }
}
