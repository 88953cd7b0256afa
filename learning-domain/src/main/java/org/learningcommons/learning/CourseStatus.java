package org.learningcommons.learning;

/** A course is drafted, published to the catalogue, and retired when it is no longer offered. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
