package org.learningcommons.community;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;

/**
 * Input that breaks a rule the form could not check alone, e.g. a name that is taken. The message
 * is English (the API answers with it); pages show the text of {@link #key()} in the person's
 * language.
 */
@ApplicationException(rollback = true)
public class RejectedInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String key;
  private final Serializable[] arguments;

  public RejectedInputException(
      String field, String key, String message, Serializable... arguments) {
    super(message);
    this.field = field;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** The input field the message is about. */
  public String field() {
    return field;
  }

  /** The resource-bundle key of the message. */
  public String key() {
    return key;
  }

  /** The values the bundle's text takes, such as a size limit. */
  public Object[] arguments() {
    return arguments.clone();
  }
}
