package org.learningcommons.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * Plain-text excerpts of post bodies for lists (the moderation queue), where a post's formatting
 * would only be in the way. The result is escaped on output like any other text.
 */
@Named
@ApplicationScoped
public class PlainText {

  static final int EXCERPT = 300;
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  public String excerpt(String html) {
    if (html == null) {
      return "";
    }
    String text = SPACE.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").strip();
    text =
        text.replace("&nbsp;", " ")
            .replace("&#160;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
  }
}
