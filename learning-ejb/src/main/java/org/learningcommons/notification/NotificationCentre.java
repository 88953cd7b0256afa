package org.learningcommons.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Placeholder until the notification centre branch is merged. */
@Stateless
@PermitAll
public class NotificationCentre {
  public void send(Notice notice) {}
}
