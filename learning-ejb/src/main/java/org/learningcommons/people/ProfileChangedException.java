package org.learningcommons.people;

import jakarta.ejb.ApplicationException;

/** The profile was changed elsewhere (another tab, another device) since it was read. */
@ApplicationException(rollback = true)
public class ProfileChangedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProfileChangedException() {
    super("The profile was changed elsewhere; reload it and apply your changes again");
  }
}
