package org.learningcommons.notification;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the signed-in person's notifications, as the bell's page and the API show it. The page
 * renders the sentence from {@code kind}, {@code actorName} and {@code subject}.
 *
 * @param actorName the actor's name at the time, or null for the system
 * @param readAt null while unread
 */
public record NotificationView(
    long id,
    NotificationKind kind,
    String actor,
    String actorName,
    String subject,
    String link,
    NotificationChannel channel,
    Instant createdAt,
    Instant readAt)
    implements Serializable {

  public boolean read() {
    return readAt != null;
  }

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getKind(),
        n.getActor(),
        n.getActorName(),
        n.getSubject(),
        n.getLink(),
        n.getChannel(),
        n.getCreatedAt(),
        n.getReadAt());
  }
}
