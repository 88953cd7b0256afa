package org.learningcommons.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.learningcommons.discussion.Excerpts;

/**
 * Plain-text excerpts of post bodies for lists (the moderation queue), where a post's formatting
 * would only be in the way. The result is escaped on output like any other text.
 */
@Named
@ApplicationScoped
public class PlainText {

  static final int EXCERPT = 300;

  public String excerpt(String html) {
    return Excerpts.of(html, EXCERPT);
  }
}
