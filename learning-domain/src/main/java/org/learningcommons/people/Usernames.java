package org.learningcommons.people;

import java.util.Locale;
import java.util.Optional;

/**
 * What a sign-in name may look like. Directory filter characters are escaped where a name is put
 * into a filter; this is the first line: it turns away names that no directory account can have.
 */
public final class Usernames {

  /** Longer names are refused before they reach the directory or the database. */
  public static final int MAX_LENGTH = 256;

  private Usernames() {}

  /** The canonical form used as key for profiles and sign-in throttling. */
  public static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The canonical name when {@code raw} may be a sign-in name, otherwise empty. Refuses blank
   * names, names longer than {@link #MAX_LENGTH}, and names with control characters (NUL included).
   */
  public static Optional<String> acceptable(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip();
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(normalise(name));
  }
}
