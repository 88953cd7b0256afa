package org.learningcommons.learning;

/** Whether a classroom session takes place. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
