package org.learningcommons.learning;

/**
 * A step the session or booking does not allow now, such as signing up for a session that has
 * started or marking attendance before it begins. {@link #reason()} names the rule for messages.
 */
public class SessionStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rules a session or booking can refuse a step by. */
  public enum Reason {
    CANCELLED,
    STARTED,
    NOT_STARTED,
    NOT_OPEN,
    ATTENDED,
    COURSE_RETIRED
  }

  private final Reason reason;

  public SessionStateException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
