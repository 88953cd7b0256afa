package org.learningcommons.community;

import jakarta.ejb.ApplicationException;

/** The caller can see the thing but may not do this to it. The message says why, for people. */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String reason) {
    super(reason);
  }
}
