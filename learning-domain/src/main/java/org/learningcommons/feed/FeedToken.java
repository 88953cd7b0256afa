package org.learningcommons.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's named, revocable token for reading their feeds. Only the token's hash is stored (see
 * {@link FeedTokenSecret}); whoever holds the token reads the feeds as its owner, with the roles
 * the owner had at their last sign-in.
 */
@Entity
@Table(name = "feed_token")
public class FeedToken {

  /** How many tokens one person may hold: one per reader or portal, not one per feed. */
  public static final int MAX_PER_PERSON = 10;

  public static final int MAX_NAME = 100;

  /** Last use is recorded at most this often, so that reading a feed is no write per request. */
  public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, length = MAX_NAME, updatable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected FeedToken() {}

  public FeedToken(String username, String name, String tokenHash, Instant createdAt) {
    this.username = Objects.requireNonNull(username);
    this.name = requireName(name);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Whether a use at {@code now} should be written: the first, and then once per interval. */
  public static boolean useWorthRecording(Instant lastUsedAt, Instant now) {
    return lastUsedAt == null || !lastUsedAt.plus(USE_RECORDING_INTERVAL).isAfter(now);
  }

  /** The name a person gives a token, trimmed; refused when blank or too long. */
  public static String requireName(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("A feed token needs a name");
    }
    if (trimmed.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "A feed token's name has at most " + MAX_NAME + " characters");
    }
    return trimmed;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
