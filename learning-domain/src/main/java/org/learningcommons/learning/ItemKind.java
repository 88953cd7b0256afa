package org.learningcommons.learning;

/** What a course item is: one of the kinds of lesson, or a quiz. */
public enum ItemKind {
  /** A rich-text page. */
  PAGE,
  /** A link to a video, with an optional introduction. */
  VIDEO,
  /** A downloadable file. */
  FILE,
  /** A link to a page elsewhere. */
  LINK,
  /** Questions with a pass mark. */
  QUIZ;

  public boolean isLesson() {
    return this != QUIZ;
  }
}
