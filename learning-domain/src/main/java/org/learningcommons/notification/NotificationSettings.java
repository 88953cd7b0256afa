package org.learningcommons.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A person's digest settings. Created when they first save their preferences (or get a digest);
 * until then the frequency is {@link #DEFAULT_FREQUENCY}. The time of the last digest ({@code
 * last_digest_at}) is kept by the digest job in SQL and deliberately not mapped, so that saving
 * preferences never overwrites it.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

  public static final DigestFrequency DEFAULT_FREQUENCY = DigestFrequency.DAILY;

  @Id
  @Column(length = 256)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "digest_frequency", nullable = false, length = 16)
  private DigestFrequency digestFrequency;

  @Version private long version;

  protected NotificationSettings() {}

  public NotificationSettings(String username) {
    this.username = Objects.requireNonNull(username);
    this.digestFrequency = DEFAULT_FREQUENCY;
  }

  public void receiveDigest(DigestFrequency frequency) {
    this.digestFrequency = Objects.requireNonNull(frequency);
  }

  public String getUsername() {
    return username;
  }

  public DigestFrequency getDigestFrequency() {
    return digestFrequency;
  }
}
