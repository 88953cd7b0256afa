package org.learningcommons.community;

import jakarta.ejb.ApplicationException;

/**
 * The caller can see the thing but may not do this to it. The message says why in English (the API
 * answers with it); pages show the text of {@link #key()} in the person's language.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;

  public NotPermittedException(String key, String reason) {
    super(reason);
    this.key = key;
  }

  /** The resource-bundle key of the reason. */
  public String key() {
    return key;
  }
}
