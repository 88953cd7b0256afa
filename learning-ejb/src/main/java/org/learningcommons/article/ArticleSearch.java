package org.learningcommons.article;

import java.io.Serializable;

/**
 * What the article list asks for. Without {@code mine}, published articles only; with it, the
 * caller's own (written or owned) in every status, or in {@code status}.
 *
 * @param text words that must all begin words of the title or text; null for any
 */
public record ArticleSearch(
    String text, String category, String tag, boolean mine, ArticleStatus status)
    implements Serializable {

  public static ArticleSearch published() {
    return new ArticleSearch(null, null, null, false, null);
  }
}
