package org.learningcommons.learning;

/** How a course is delivered. */
public enum CourseFormat {
  E_LEARNING,
  CLASSROOM,
  EXTERNAL,
  VIDEO
}
