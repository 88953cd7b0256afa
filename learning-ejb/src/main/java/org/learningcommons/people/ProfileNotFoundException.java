package org.learningcommons.people;

import jakarta.ejb.ApplicationException;

/** No profile for that user name (or it is not visible to the caller). */
@ApplicationException
public class ProfileNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProfileNotFoundException(String username) {
    super("No profile for " + username);
  }
}
