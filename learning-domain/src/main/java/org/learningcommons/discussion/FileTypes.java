package org.learningcommons.discussion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types a post may carry, recognised by their first bytes and their name, never by what
 * the browser claims. SVG and HTML are refused: a browser would run their scripts.
 */
public final class FileTypes {

  private static final Map<String, String> DOCUMENTS =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

  private FileTypes() {}

  /** The content type to store and serve, or empty when the file is not allowed. */
  public static Optional<String> detect(String fileName, byte[] content) {
    if (starts(content, 0x89, 'P', 'N', 'G')) {
      return Optional.of("image/png");
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(content, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (content.length > 12
        && starts(content, 'R', 'I', 'F', 'F')
        && new String(
                Arrays.copyOfRange(content, 8, 12), java.nio.charset.StandardCharsets.US_ASCII)
            .equals("WEBP")) {
      return Optional.of("image/webp");
    }
    String extension = extension(fileName);
    String type = DOCUMENTS.get(extension);
    if (type == null) {
      return Optional.empty();
    }
    boolean zip = starts(content, 'P', 'K', 3, 4);
    return switch (extension) {
      case "pdf" -> starts(content, '%', 'P', 'D', 'F') ? Optional.of(type) : Optional.empty();
      case "docx", "xlsx", "pptx", "odt", "ods", "odp" ->
          zip ? Optional.of(type) : Optional.empty();
      default -> looksLikeText(content) ? Optional.of(type) : Optional.empty();
    };
  }

  private static String extension(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeText(byte[] content) {
    int n = Math.min(content.length, 4096);
    for (int i = 0; i < n; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
