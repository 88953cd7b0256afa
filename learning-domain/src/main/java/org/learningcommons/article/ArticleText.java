package org.learningcommons.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.learningcommons.discussion.Excerpts;

/**
 * The plain text of a sanitised article body, one line per paragraph, list item or heading: what
 * the search indexes and what the history compares, so that a diff shows words, not markup.
 */
public final class ArticleText {

  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)</(p|li|h[1-6]|pre|blockquote|ul|ol)>|<br\\s*/?>");

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private ArticleText() {}

  /** The lines of text, without blank ones. */
  public static List<String> lines(String html) {
    List<String> lines = new ArrayList<>();
    if (html == null) {
      return lines;
    }
    for (String block : BLOCK_END.split(html)) {
      // Inline markup splits no words ("Sec<b>ond</b>"); Excerpts decodes the entities.
      String text = Excerpts.of(TAG.matcher(block).replaceAll(""), Integer.MAX_VALUE);
      if (!text.isBlank()) {
        lines.add(text);
      }
    }
    return lines;
  }

  /** The text as one string, a line break between paragraphs. */
  public static String of(String html) {
    return String.join("\n", lines(html));
  }
}
