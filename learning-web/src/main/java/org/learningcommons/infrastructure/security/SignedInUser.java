package org.learningcommons.infrastructure.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the login page, kept in the HTTP session (serializable so that clustered
 * Payara Micro nodes can share sessions). Only the sign-in action puts it there.
 */
public record SignedInUser(String username, Set<String> roles) implements Serializable {

  static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

  public SignedInUser {
    roles = Set.copyOf(roles);
  }
}
