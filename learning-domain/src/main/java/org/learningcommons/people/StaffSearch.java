package org.learningcommons.people;

/**
 * Criteria of the staff directory. {@code text} matches anywhere in the name, user name or title;
 * department and title match exactly when given. Blank criteria are ignored.
 */
public record StaffSearch(String text, String department, String title) {

  public static final int MAX_TEXT = 100;

  public StaffSearch {
    text = clean(text);
    department = clean(department);
    title = clean(title);
    if (text != null && text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
  }

  public static StaffSearch everyone() {
    return new StaffSearch(null, null, null);
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
