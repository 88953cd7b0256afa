package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LockoutPolicy THREE_IN_FIVE_MINUTES =
      new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(15));
  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

  @Test
  void locksAfterTheMaximumNumberOfFailuresWithinTheWindow() {
    LoginThrottle throttle = new LoginThrottle("alice");

    assertFalse(throttle.recordFailure(T0, THREE_IN_FIVE_MINUTES));
    assertFalse(throttle.recordFailure(T0.plusSeconds(60), THREE_IN_FIVE_MINUTES));
    assertTrue(throttle.recordFailure(T0.plusSeconds(120), THREE_IN_FIVE_MINUTES));

    assertTrue(throttle.isLocked(T0.plusSeconds(121)));
  }

  @Test
  void theLockEndsAfterTheCoolDown() {
    LoginThrottle throttle = new LoginThrottle("alice");
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure(T0, THREE_IN_FIVE_MINUTES);
    }

    assertTrue(throttle.isLocked(T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
    assertFalse(throttle.isLocked(T0.plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresOutsideTheWindowStartANewCount() {
    LoginThrottle throttle = new LoginThrottle("alice");
    throttle.recordFailure(T0, THREE_IN_FIVE_MINUTES);
    throttle.recordFailure(T0.plusSeconds(60), THREE_IN_FIVE_MINUTES);

    boolean locked = throttle.recordFailure(T0.plus(Duration.ofMinutes(5)), THREE_IN_FIVE_MINUTES);

    assertFalse(locked);
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    LoginThrottle throttle = new LoginThrottle("alice");
    throttle.recordFailure(T0, THREE_IN_FIVE_MINUTES);
    throttle.recordFailure(T0, THREE_IN_FIVE_MINUTES);

    throttle.recordSuccess();

    assertFalse(throttle.recordFailure(T0.plusSeconds(1), THREE_IN_FIVE_MINUTES));
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void accountNamesAreCountedCaseInsensitively() {
    assertEquals("alice", new LoginThrottle(" ALICE ").getUsername());
  }
}
