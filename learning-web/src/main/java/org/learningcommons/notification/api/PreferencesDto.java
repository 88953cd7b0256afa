package org.learningcommons.notification.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learningcommons.notification.NotificationPreferencesView;

/**
 * My notification preferences: the channel per kind (chosen or default), the defaults, and the
 * digest frequency.
 */
public record PreferencesDto(
    String digestFrequency, Map<String, String> channels, Map<String, String> defaults) {

  static PreferencesDto of(NotificationPreferencesView view) {
    Map<String, String> channels = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    view.kinds()
        .forEach(
            k -> {
              channels.put(k.kind().name(), k.channel().name());
              defaults.put(k.kind().name(), k.defaultChannel().name());
            });
    return new PreferencesDto(view.digestFrequency().name(), channels, defaults);
  }
}
