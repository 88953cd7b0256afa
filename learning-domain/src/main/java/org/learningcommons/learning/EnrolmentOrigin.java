package org.learningcommons.learning;

/** Who or what put a person on a course. */
public enum EnrolmentOrigin {
  /** The person enrolled themselves on an open course. */
  SELF,
  /** Their manager enrolled them. */
  MANAGER,
  /** HR enrolled them. */
  HR,
  /** A mandatory-training rule assigned the course. */
  RULE,
  /** They booked a classroom session. */
  SESSION,
  /** A completion import for training done elsewhere. */
  IMPORT
}
