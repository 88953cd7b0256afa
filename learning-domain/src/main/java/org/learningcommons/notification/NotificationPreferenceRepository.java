package org.learningcommons.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What people chose about their notifications. */
public interface NotificationPreferenceRepository {

  /** The channels these people chose for one kind; people who chose nothing are missing. */
  Map<String, NotificationChannel> chosenChannels(
      Collection<String> usernames, NotificationKind kind);

  List<NotificationPreference> preferencesOf(String username);

  void add(NotificationPreference preference);

  Optional<NotificationSettings> settingsOf(String username);

  void add(NotificationSettings settings);
}
