package org.learningcommons.infrastructure.rest;

/** A request body went past {@link RequestSizeLimit#MAX_BYTES}; answered as 413. */
public class BodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException() {
    super("The request body is larger than " + RequestSizeLimit.MAX_BYTES + " bytes");
  }
}
