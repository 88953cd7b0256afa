package org.learningcommons.announcement;

/**
 * A person acknowledged an announcement they had already acknowledged (a second tab, a double
 * click). The first acknowledgement stands; the caller tells the person so instead of failing.
 */
public class AlreadyAcknowledgedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AlreadyAcknowledgedException(String message) {
    super(message);
  }
}
