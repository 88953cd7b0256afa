package org.learningcommons.learning;

import jakarta.ejb.ApplicationException;

/**
 * The session's or booking's state refuses the step (the session started or was cancelled, the
 * person has a booking on another session of the course, attendance is marked already). The message
 * is English (the API answers 409 with it); pages show the text of {@link #key()}.
 */
@ApplicationException(rollback = true)
public class SessionConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;

  public SessionConflictException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** Translates a rule of the session or booking into its message key. */
  static SessionConflictException of(SessionStateException e) {
    return new SessionConflictException(
        "refusal.session." + e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
  }

  /** The resource-bundle key of the reason. */
  public String key() {
    return key;
  }
}
