package org.learningcommons.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who a notice goes to: the named people in canonical form (trimmed, lower case), each once, and
 * never the person who acted (nobody is notified about their own actions).
 */
public final class Recipients {

  private Recipients() {}

  public static Set<String> of(String actor, Collection<String> usernames) {
    String self = canonical(actor);
    Set<String> recipients = new LinkedHashSet<>();
    for (String username : usernames) {
      String name = canonical(username);
      if (name != null && !name.equals(self)) {
        recipients.add(name);
      }
    }
    return recipients;
  }

  private static String canonical(String username) {
    if (username == null || username.isBlank()) {
      return null;
    }
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
