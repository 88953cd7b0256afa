package org.learningcommons.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The channel a person chose for one kind. Without one, the kind's default applies. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 256, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NotificationChannel channel;

  protected NotificationPreference() {}

  public NotificationPreference(
      String username, NotificationKind kind, NotificationChannel channel) {
    this.username = Objects.requireNonNull(username);
    this.kind = Objects.requireNonNull(kind);
    this.channel = Objects.requireNonNull(channel);
  }

  public void switchTo(NotificationChannel channel) {
    this.channel = Objects.requireNonNull(channel);
  }

  public String getUsername() {
    return username;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public NotificationChannel getChannel() {
    return channel;
  }
}
