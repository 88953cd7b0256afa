package org.learningcommons.people;

import java.util.Set;

/**
 * The answer to a sign-in attempt. Only {@link Result#SUCCEEDED} carries a user name and roles;
 * callers show the same message for {@link Result#INVALID} whatever the reason (unknown name, wrong
 * password, refused input), so that sign-in does not reveal which accounts exist.
 */
public record SignInOutcome(Result result, String username, Set<Role> roles) {

  public enum Result {
    SUCCEEDED,
    INVALID,
    LOCKED,
    NO_ACCESS,
    DIRECTORY_UNAVAILABLE
  }

  public SignInOutcome {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  static SignInOutcome of(Result result) {
    return new SignInOutcome(result, null, Set.of());
  }

  public boolean succeeded() {
    return result == Result.SUCCEEDED;
  }
}
