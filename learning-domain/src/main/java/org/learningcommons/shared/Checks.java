package org.learningcommons.shared;

/**
 * Checks of text, names and ranges shared by entities that guard their invariants; each failure is
 * an IllegalArgumentException whose message names the field.
 */
public final class Checks {

  private Checks() {}

  public static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return stripped;
  }

  public static String optionalText(String value, String field, int max) {
    return value == null || value.isBlank() ? null : requireText(value, field, max);
  }

  public static String requireName(String username, String field) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return username;
  }

  public static int requireBetween(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
    }
    return value;
  }
}
