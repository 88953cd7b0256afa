package org.learningcommons.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** What the signed-in person does with their own notifications and preferences. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class MyNotifications {

  @Inject NotificationRepository notifications;
  @Inject NotificationPreferenceRepository preferences;
  @Resource SessionContext context;

  /** The number on the bell. */
  public long unreadCount() {
    return notifications.countUnread(me());
  }

  public long count() {
    return notifications.count(me());
  }

  /** One page, newest first, without the total (lazy tables count once, separately). */
  public List<NotificationView> list(@NotNull PageRequest page) {
    return notifications.list(me(), page).stream().map(NotificationView::of).toList();
  }

  /** One page, newest first, with the total (for the API). */
  public Page<NotificationView> page(@NotNull PageRequest page) {
    String me = me();
    return new Page<>(
        notifications.list(me, page).stream().map(NotificationView::of).toList(),
        notifications.count(me),
        page.offset());
  }

  /**
   * Marks one of my notifications read, for example because I opened it.
   *
   * @throws NotificationNotFoundException for an unknown id and for someone else's
   */
  public NotificationView markRead(long id) {
    Notification notification =
        notifications
            .find(id)
            .filter(n -> n.getRecipient().equals(me()))
            .orElseThrow(() -> new NotificationNotFoundException(id));
    notification.markRead(Instant.now());
    return NotificationView.of(notification);
  }

  /**
   * @return how many were unread
   */
  public int markAllRead() {
    return notifications.markAllRead(me(), Instant.now());
  }

  public NotificationPreferencesView preferences() {
    return view(me());
  }

  /**
   * Saves my channel for each kind given (kinds left out keep their channel) and my digest
   * frequency.
   */
  public NotificationPreferencesView savePreferences(
      @NotNull Map<NotificationKind, NotificationChannel> channels,
      @NotNull DigestFrequency digestFrequency) {
    String me = me();
    Map<NotificationKind, NotificationPreference> mine = new EnumMap<>(NotificationKind.class);
    preferences.preferencesOf(me).forEach(p -> mine.put(p.getKind(), p));
    channels.forEach(
        (kind, channel) -> {
          if (kind == null || channel == null) {
            throw new IllegalArgumentException("Every kind needs a channel");
          }
          NotificationPreference preference = mine.get(kind);
          if (preference == null) {
            preferences.add(new NotificationPreference(me, kind, channel));
          } else {
            preference.switchTo(channel);
          }
        });
    NotificationSettings settings =
        preferences
            .settingsOf(me)
            .orElseGet(
                () -> {
                  NotificationSettings created = new NotificationSettings(me);
                  preferences.add(created);
                  return created;
                });
    settings.receiveDigest(digestFrequency);
    Map<NotificationKind, NotificationChannel> saved = new EnumMap<>(NotificationKind.class);
    mine.forEach((kind, p) -> saved.put(kind, p.getChannel()));
    saved.putAll(channels);
    return view(saved, settings.getDigestFrequency());
  }

  private NotificationPreferencesView view(String me) {
    Map<NotificationKind, NotificationChannel> chosen = new EnumMap<>(NotificationKind.class);
    preferences.preferencesOf(me).forEach(p -> chosen.put(p.getKind(), p.getChannel()));
    DigestFrequency frequency =
        preferences
            .settingsOf(me)
            .map(NotificationSettings::getDigestFrequency)
            .orElse(NotificationSettings.DEFAULT_FREQUENCY);
    return view(chosen, frequency);
  }

  private static NotificationPreferencesView view(
      Map<NotificationKind, NotificationChannel> chosen, DigestFrequency frequency) {
    List<NotificationPreferencesView.KindPreference> kinds = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      NotificationChannel choice = chosen.get(kind);
      kinds.add(
          new NotificationPreferencesView.KindPreference(
              kind, kind.channelFor(choice), kind.defaultChannel(), choice != null));
    }
    return new NotificationPreferencesView(frequency, kinds);
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
