package org.learningcommons.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person was told about, shown under their bell until they have read it. The sentence
 * is not stored: it is rendered per kind in the reader's language from who acted and the subject.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public static final int MAX_SUBJECT = 300;
  public static final int MAX_LINK = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 256, updatable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private NotificationKind kind;

  /** Who acted, or null for the system. */
  @Column(length = 256, updatable = false)
  private String actor;

  /** The actor's name when it happened, so the list needs no join. */
  @Column(name = "actor_name", length = 255, updatable = false)
  private String actorName;

  @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
  private String subject;

  /** Where the notification leads: a path inside the application. */
  @Column(nullable = false, length = MAX_LINK, updatable = false)
  private String link;

  /** How the person heard about it besides the bell: IN_APP, EMAIL or DIGEST (never OFF). */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private NotificationChannel channel;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "digested_at")
  private Instant digestedAt;

  protected Notification() {}

  public Notification(
      String recipient,
      NotificationKind kind,
      String actor,
      String actorName,
      String subject,
      String link,
      NotificationChannel channel,
      Instant createdAt) {
    if (!Objects.requireNonNull(channel).delivers()) {
      throw new IllegalArgumentException("A notification switched off is not kept");
    }
    if (!isApplicationPath(link)) {
      throw new IllegalArgumentException("A notification links to a path inside the application");
    }
    this.recipient = Objects.requireNonNull(recipient);
    this.kind = Objects.requireNonNull(kind);
    this.actor = actor;
    this.actorName = truncate(actorName, 255);
    this.subject = truncate(Objects.requireNonNull(subject), MAX_SUBJECT);
    this.link = link;
    this.channel = channel;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * Only paths inside the application: "/x" but not "//host" or "/\host", which browsers read as
   * another site.
   */
  public static boolean isApplicationPath(String link) {
    return link != null
        && link.length() <= MAX_LINK
        && link.startsWith("/")
        && !link.startsWith("//")
        && !link.startsWith("/\\")
        && link.chars().noneMatch(Character::isISOControl);
  }

  /** The person has seen it; reading it again keeps the first time. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** The notification was listed in a digest e-mail. */
  public void markDigested(Instant now) {
    if (digestedAt == null) {
      digestedAt = now;
    }
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.replace('\0', '?').strip();
    return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public String getSubject() {
    return subject;
  }

  public String getLink() {
    return link;
  }

  public NotificationChannel getChannel() {
    return channel;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Instant getDigestedAt() {
    return digestedAt;
  }
}
