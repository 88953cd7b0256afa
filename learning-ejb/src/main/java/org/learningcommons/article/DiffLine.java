package org.learningcommons.article;

import java.io.Serializable;

/**
 * One line of a comparison between two versions.
 *
 * @param html the line's text, HTML-escaped, with {@code <ins>} and {@code <del>} marks only
 */
public record DiffLine(Change change, String html) implements Serializable {

  /** What happened to the line. */
  public enum Change {
    EQUAL,
    CHANGE,
    INSERT,
    DELETE
  }
}
