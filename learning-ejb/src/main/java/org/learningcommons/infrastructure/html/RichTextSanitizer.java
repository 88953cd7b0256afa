package org.learningcommons.infrastructure.html;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list every piece of rich text passes before it is stored: the formatting the
 * PrimeFaces text editor produces, links that open safely, and images only from Learning Commons'
 * own attachments. Everything else (scripts, event handlers, styles, frames, forms, foreign images,
 * {@code javascript:} and {@code data:} URLs) is removed, not escaped, so stored text is always
 * safe to render as HTML.
 */
public final class RichTextSanitizer {

  /** Attachments are served by the application under this path (and nowhere else). */
  public static final String ATTACHMENT_PATH = "/attachments/";

  private static final Pattern ATTACHMENT_SOURCE =
      Pattern.compile("^" + Pattern.quote(ATTACHMENT_PATH) + "[A-Za-z0-9-]{1,64}$");

  /** Quill's formatting classes (alignment, indentation, code blocks), nothing else. */
  private static final Pattern EDITOR_CLASSES =
      Pattern.compile("^(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*$");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "span",
              "blockquote",
              "pre",
              "code",
              "ul",
              "ol",
              "li",
              "h2",
              "h3",
              "h4")
          .allowAttributes("class")
          .matching(EDITOR_CLASSES)
          .onElements("p", "span", "pre", "li", "ol", "ul", "blockquote", "h2", "h3", "h4")
          .allowElements("a")
          .allowStandardUrlProtocols()
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .allowElements("img")
          .allowAttributes("src")
          .matching(ATTACHMENT_SOURCE)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .toFactory();

  private RichTextSanitizer() {}

  /** The safe form of {@code html}; null stays null. */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
