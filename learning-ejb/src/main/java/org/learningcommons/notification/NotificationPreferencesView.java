package org.learningcommons.notification;

import java.io.Serializable;
import java.util.List;

/**
 * A person's notification preferences: a channel for every kind (what they chose, or the default)
 * and how often they get the digest.
 */
public record NotificationPreferencesView(
    DigestFrequency digestFrequency, List<KindPreference> kinds) implements Serializable {

  /**
   * @param chosen whether the person chose {@code channel}, or it is the kind's default
   */
  public record KindPreference(
      NotificationKind kind,
      NotificationChannel channel,
      NotificationChannel defaultChannel,
      boolean chosen)
      implements Serializable {}

  public NotificationPreferencesView {
    kinds = List.copyOf(kinds);
  }
}
