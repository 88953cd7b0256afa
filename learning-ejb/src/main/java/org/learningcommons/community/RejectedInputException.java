package org.learningcommons.community;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule the form could not check alone, e.g. a name that is taken. */
@ApplicationException(rollback = true)
public class RejectedInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public RejectedInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field the message is about. */
  public String field() {
    return field;
  }
}
