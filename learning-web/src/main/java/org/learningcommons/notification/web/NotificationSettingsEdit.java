package org.learningcommons.notification.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.notification.DigestFrequency;
import org.learningcommons.notification.MyNotifications;
import org.learningcommons.notification.NotificationChannel;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.notification.NotificationPreferencesView;

/** "Notification settings": a channel for each kind, and how often the digest comes. */
@Named
@ViewScoped
public class NotificationSettingsEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the form. */
  public static final class Choice implements Serializable {
    private static final long serialVersionUID = 1L;

    private final NotificationKind kind;
    private final NotificationChannel defaultChannel;
    private NotificationChannel channel;

    Choice(NotificationPreferencesView.KindPreference preference) {
      this.kind = preference.kind();
      this.defaultChannel = preference.defaultChannel();
      this.channel = preference.channel();
    }

    public NotificationKind getKind() {
      return kind;
    }

    public NotificationChannel getDefaultChannel() {
      return defaultChannel;
    }

    public NotificationChannel getChannel() {
      return channel;
    }

    public void setChannel(NotificationChannel channel) {
      this.channel = channel;
    }
  }

  @EJB MyNotifications mine;
  @Inject Messages messages;

  private List<Choice> choices;
  private DigestFrequency digestFrequency;

  public void load() {
    show(mine.preferences());
  }

  public void save() {
    Map<NotificationKind, NotificationChannel> channels = new EnumMap<>(NotificationKind.class);
    choices.forEach(c -> channels.put(c.getKind(), c.getChannel()));
    show(mine.savePreferences(channels, digestFrequency));
    messages.info("notification.settings.saved");
  }

  private void show(NotificationPreferencesView view) {
    choices = new ArrayList<>();
    view.kinds().forEach(k -> choices.add(new Choice(k)));
    digestFrequency = view.digestFrequency();
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public NotificationChannel[] getChannels() {
    return NotificationChannel.values();
  }

  public DigestFrequency[] getFrequencies() {
    return DigestFrequency.values();
  }

  public DigestFrequency getDigestFrequency() {
    return digestFrequency;
  }

  public void setDigestFrequency(DigestFrequency digestFrequency) {
    this.digestFrequency = digestFrequency;
  }
}
