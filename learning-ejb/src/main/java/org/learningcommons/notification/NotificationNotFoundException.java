package org.learningcommons.notification;

import jakarta.ejb.ApplicationException;

/** No such notification for the signed-in person: someone else's looks the same as none at all. */
@ApplicationException
public class NotificationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotificationNotFoundException(long id) {
    super("No notification " + id);
  }
}
