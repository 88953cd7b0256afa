package org.learningcommons.community;

import jakarta.ejb.ApplicationException;

/**
 * The community, thread, post or file does not exist, or the caller may not know that it exists.
 * Both read the same, so that ids cannot be probed for private content.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("There is no " + what + " " + id);
  }
}
