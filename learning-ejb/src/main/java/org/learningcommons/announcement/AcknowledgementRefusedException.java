package org.learningcommons.announcement;

import jakarta.ejb.ApplicationException;

/**
 * An acknowledgement the announcement does not take. Carries the domain's refusal ({@link
 * AlreadyAcknowledgedException}, {@link AcknowledgementClosedException}) across the EJB boundary as
 * an application exception: the domain's exceptions are plain runtime exceptions, which the
 * container would treat as system failures (logged, bean discarded).
 */
@ApplicationException(rollback = true)
public class AcknowledgementRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the acknowledgement was refused. */
  public enum Reason {
    /** An acknowledgement stands already; nothing to do. */
    ALREADY_ACKNOWLEDGED,
    /** The announcement has expired and takes no acknowledgements. */
    CLOSED,
    /** The announcement never asked for acknowledgement. */
    NOT_REQUESTED
  }

  private final Reason reason;

  public AcknowledgementRefusedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
