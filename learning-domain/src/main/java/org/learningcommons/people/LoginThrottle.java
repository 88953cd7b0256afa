package org.learningcommons.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins of one account name (whether or not the directory knows it, so that a lockout
 * does not reveal which accounts exist). Stored in the database so that every node sees the same
 * count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  @Column(length = Usernames.MAX_LENGTH)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at")
  private Instant windowStartedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version private long version;

  protected LoginThrottle() {}

  public LoginThrottle(String username) {
    this.username = Usernames.normalise(username);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failure.
   *
   * @return true when this failure locked the account
   */
  public boolean recordFailure(Instant now, LockoutPolicy policy) {
    if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.window()))) {
      windowStartedAt = now;
      failures = 0;
    }
    failures++;
    if (failures >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.coolDown());
      failures = 0;
      windowStartedAt = null;
      return true;
    }
    return false;
  }

  /** A successful sign-in forgets earlier failures. */
  public void recordSuccess() {
    failures = 0;
    windowStartedAt = null;
    lockedUntil = null;
  }

  public String getUsername() {
    return username;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
