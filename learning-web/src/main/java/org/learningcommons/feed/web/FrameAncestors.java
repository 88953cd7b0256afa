package org.learningcommons.feed.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sources allowed to frame the widget, as the CSP {@code frame-ancestors} directive lists them
 * (e.g. {@code 'self' https://portal.example.com}). Checked strictly, because the value goes into a
 * response header: a {@code ;} would start another directive, a line break another header.
 */
public final class FrameAncestors {

  /** Framing by this site only, the default and what every other page allows. */
  public static final String SELF = "'self'";

  /* 'self', 'none', a scheme (https:), or a host with optional scheme, wildcard, port and path. */
  private static final Pattern SOURCE =
      Pattern.compile(
          "'self'|'none'|\\*|[a-zA-Z][a-zA-Z0-9+.-]*:"
              + "|([a-zA-Z][a-zA-Z0-9+.-]*://)?(\\*\\.)?[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*"
              + "(:([0-9]{1,5}|\\*))?(/[a-zA-Z0-9._~!$&'()*+=:@/-]*)?");

  private FrameAncestors() {}

  /**
   * The configured value, normalised to single spaces.
   *
   * @throws IllegalArgumentException naming what is wrong and the setting, for the start-up log
   */
  public static String parse(String configured) {
    String value = configured == null ? "" : configured.strip();
    if (value.isEmpty()) {
      return SELF;
    }
    if (value
        .chars()
        .anyMatch(c -> c == ';' || c == ',' || (c != '\t' && Character.isISOControl(c)))) {
      throw new IllegalArgumentException(
          "WIDGET_FRAME_ANCESTORS must be a space-separated list of CSP sources such as"
              + " 'self' https://portal.example.com; semicolons, commas and line breaks are not"
              + " allowed (found in: "
              + printable(value)
              + ")");
    }
    List<String> sources = Arrays.asList(value.split("\\s+"));
    for (String source : sources) {
      if (source.equals("self") || source.equals("none")) {
        throw new IllegalArgumentException(
            "WIDGET_FRAME_ANCESTORS: write '" + source + "' with single quotes, as CSP requires");
      }
      if (!SOURCE.matcher(source).matches()) {
        throw new IllegalArgumentException(
            "WIDGET_FRAME_ANCESTORS: '"
                + source
                + "' is not a CSP source; use 'self', 'none' or origins such as"
                + " https://portal.example.com");
      }
    }
    if (sources.contains("'none'") && sources.size() > 1) {
      throw new IllegalArgumentException(
          "WIDGET_FRAME_ANCESTORS: 'none' must stand alone (it forbids all framing)");
    }
    return String.join(" ", sources);
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
