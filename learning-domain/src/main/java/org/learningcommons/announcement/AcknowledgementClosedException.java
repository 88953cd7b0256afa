package org.learningcommons.announcement;

/**
 * An acknowledgement arrived when the announcement no longer takes any: it has expired (or is not
 * published yet). Unlike a missed due date, which only makes an acknowledgement late.
 */
public class AcknowledgementClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AcknowledgementClosedException(String message) {
    super(message);
  }
}
