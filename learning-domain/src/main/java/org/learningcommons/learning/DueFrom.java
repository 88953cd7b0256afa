package org.learningcommons.learning;

/** What an assignment rule's due days count from. */
public enum DueFrom {
  /** The day the rule assigned the course to the person. */
  ASSIGNMENT,
  /** The person's hire date (the directory's, or when they were first seen without one). */
  HIRE
}
