package org.learningcommons.people;

import java.time.Duration;
import java.util.Objects;

/**
 * After {@code maxFailures} failed sign-ins for one account within {@code window}, the account is
 * refused for {@code coolDown}, whatever password is offered.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration coolDown) {

  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(coolDown, "coolDown");
    if (window.isNegative() || window.isZero() || coolDown.isNegative() || coolDown.isZero()) {
      throw new IllegalArgumentException("window and coolDown must be positive");
    }
  }
}
