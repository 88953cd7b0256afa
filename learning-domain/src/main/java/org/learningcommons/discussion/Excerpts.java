package org.learningcommons.discussion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line plain-text previews of sanitised post bodies, for lists, the stream and feeds. The
 * result is text, not HTML: it is escaped on output like any other text.
 */
public final class Excerpts {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,7});");

  private Excerpts() {}

  /** The text of {@code html}, whitespace collapsed, cut to {@code max} characters with "…". */
  public static String of(String html, int max) {
    if (html == null) {
      return "";
    }
    String text = SPACE.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").strip();
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'");
    // The sanitiser writes @, =, + and ` (and quotes) as numeric entities; &amp; goes last, so
    // "&amp;#64;" stays the text "&#64;".
    text =
        NUMERIC_ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1))));
    text = text.replace("&amp;", "&").replace('\u00a0', ' ');
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String decode(String codePoint) {
    int c = Integer.parseInt(codePoint);
    return Character.isValidCodePoint(c) ? new String(Character.toChars(c)) : "";
  }
}
