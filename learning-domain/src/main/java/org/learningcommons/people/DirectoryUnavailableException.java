package org.learningcommons.people;

/** The directory could not be reached or did not answer in time. */
public class DirectoryUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DirectoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
