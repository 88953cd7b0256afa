package org.learningcommons.learning;

import java.io.Serializable;

/**
 * What the catalogue asks for. Without {@code mine} and {@code status}, the published courses the
 * caller may take; with {@code mine}, the caller's own courses in every status (or in {@code
 * status}); HR and administrators may ask for any {@code status} (drafts, retired courses).
 *
 * @param text words that must all begin words of the title, summary or category; null for any
 */
public record CourseQuery(
    String text,
    String category,
    String tag,
    CourseFormat format,
    boolean mine,
    CourseStatus status)
    implements Serializable {

  public static CourseQuery published() {
    return new CourseQuery(null, null, null, null, false, null);
  }
}
