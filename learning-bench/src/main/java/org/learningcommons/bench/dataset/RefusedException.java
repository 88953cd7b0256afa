package org.learningcommons.bench.dataset;

/** The target database holds data the generator must not touch; nothing was changed. */
public final class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RefusedException(String message) {
    super(message);
  }
}
