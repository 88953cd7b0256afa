package org.learningcommons.infrastructure.rest;

/** A request body went past its limit ({@link RequestSizeLimit#MAX_BYTES}); answered as 413. */
public class BodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException() {
    this(RequestSizeLimit.MAX_BYTES);
  }

  /** For a body with a limit of its own, such as an uploaded file. */
  public BodyTooLargeException(long maxBytes) {
    super("The request body is larger than " + maxBytes + " bytes");
  }
}
