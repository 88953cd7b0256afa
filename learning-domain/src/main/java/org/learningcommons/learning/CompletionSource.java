package org.learningcommons.learning;

/** How a completion came about. */
public enum CompletionSource {
  /** All required lessons done and required quizzes passed. */
  COURSE,
  /** The trainer marked the person as attending a classroom session. */
  ATTENDANCE,
  /** Imported for training done elsewhere. */
  IMPORT
}
