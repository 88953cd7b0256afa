package org.learningcommons.development;

/** Checks shared by the development entities; each failure is an IllegalArgumentException. */
final class DevelopmentRules {

  private DevelopmentRules() {}

  static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return stripped;
  }

  static String optionalText(String value, String field, int max) {
    return value == null || value.isBlank() ? null : requireText(value, field, max);
  }

  static String requireName(String username, String field) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return username;
  }
}
