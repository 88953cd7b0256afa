package org.learningcommons.discussion;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in the text of a post (its HTML with tags removed). An address
 * such as {@code anna@example.com} is not a mention: the {@code @} must not follow a word
 * character.
 */
public final class Mentions {

  /** More would be a mass mailing, not a mention. */
  public static final int MAX_PER_POST = 20;

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern AT =
      Pattern.compile("&#64;|&#x40;|&commat;", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{Alnum}_.@-])@([\\p{Alnum}][\\p{Alnum}._-]{0,62}[\\p{Alnum}_])");

  private Mentions() {}

  /** Usernames mentioned, in lower case, first occurrence first, at most {@link #MAX_PER_POST}. */
  public static Set<String> in(String html) {
    Set<String> usernames = new LinkedHashSet<>();
    if (html == null) {
      return usernames;
    }
    Matcher matcher = MENTION.matcher(textOf(html));
    while (matcher.find() && usernames.size() < MAX_PER_POST) {
      usernames.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return usernames;
  }

  /**
   * The text of the HTML, with {@code @} decoded: the sanitiser writes every {@code @} as {@code
   * &#64;}, so without this no stored post would mention anybody.
   */
  private static String textOf(String html) {
    return AT.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll("@");
  }

  /** Whether the HTML has any text or image a reader would see. */
  public static boolean hasContent(String html) {
    if (html == null) {
      return false;
    }
    if (html.contains("<img")) {
      return true;
    }
    String text = TAG.matcher(html).replaceAll("").replace("&nbsp;", " ").replace("&#160;", " ");
    return !text.isBlank();
  }
}
