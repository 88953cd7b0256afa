package org.learningcommons.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningcommons.infrastructure.mail.MailOutbox;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.mail.OutgoingMail;

/**
 * Where every capability sends what people should hear about. Runs in the caller's transaction: the
 * notifications and e-mails of an action are written with it, or not at all.
 *
 * <p>However many recipients a notice has, it costs one query for the people, one for their
 * preferences and a few multi-row inserts; so do several notices sent together ({@link #sendAll}).
 */
@Stateless
@PermitAll
public class NotificationCentre {

  @Inject NotificationRepository notifications;
  @Inject NotificationPreferenceRepository preferences;
  @Inject NotificationMails mails;
  @Inject MailSettings mailSettings;
  @EJB MailOutbox outbox;

  /**
   * Notifies the notice's recipients, each as they chose for its kind: under the bell only, with an
   * e-mail, in the next digest, or not at all. The actor, unknown people and people who have left
   * are skipped.
   */
  public void send(@NotNull @Valid Notice notice) {
    sendAll(List.of(notice));
  }

  /**
   * Sends several notices, each as {@link #send} does, for the cost of one: one query for all their
   * people, one for the preferences of each kind and multi-row inserts (for example one notice per
   * manager, each naming other people).
   */
  public void sendAll(@NotNull List<@NotNull @Valid Notice> notices) {
    List<String> actors = new ArrayList<>(notices.size());
    List<Set<String>> recipientsOf = new ArrayList<>(notices.size());
    Set<String> people = new HashSet<>();
    Map<NotificationKind, Set<String>> byKind = new EnumMap<>(NotificationKind.class);
    for (Notice notice : notices) {
      String actor =
          notice.actor() == null ? null : notice.actor().strip().toLowerCase(Locale.ROOT);
      Set<String> recipients = Recipients.of(actor, notice.recipients());
      actors.add(actor);
      recipientsOf.add(recipients);
      if (!recipients.isEmpty()) {
        people.addAll(recipients);
        if (actor != null) {
          people.add(actor);
        }
        byKind.computeIfAbsent(notice.kind(), k -> new HashSet<>()).addAll(recipients);
      }
    }
    if (byKind.isEmpty()) {
      return;
    }
    Map<String, Addressee> known = notifications.addressees(people);
    Map<NotificationKind, Map<String, NotificationChannel>> chosen =
        new EnumMap<>(NotificationKind.class);
    byKind.forEach(
        (kind, recipients) -> chosen.put(kind, preferences.chosenChannels(recipients, kind)));
    boolean email = mailSettings.enabled();
    Instant now = Instant.now();

    List<Notification> delivered = new ArrayList<>();
    List<OutgoingMail> outgoing = new ArrayList<>();
    for (int i = 0; i < notices.size(); i++) {
      Notice notice = notices.get(i);
      String actor = actors.get(i);
      String actorName =
          actor == null
              ? null
              : known.containsKey(actor) ? known.get(actor).displayName() : notice.actor();
      for (String recipient : recipientsOf.get(i)) {
        Addressee addressee = known.get(recipient);
        if (addressee == null || !addressee.active()) {
          continue;
        }
        NotificationChannel channel =
            notice.kind().channelFor(chosen.get(notice.kind()).get(recipient));
        if (!channel.delivers()) {
          continue;
        }
        Notification notification =
            new Notification(
                recipient,
                notice.kind(),
                actor,
                actorName,
                notice.subject(),
                notice.link(),
                channel,
                now);
        delivered.add(notification);
        if (channel.sendsEmail() && email && addressee.canReceiveEmail()) {
          outgoing.add(
              mails.single(
                  addressee,
                  notice.kind(),
                  actorName,
                  notification.getSubject(),
                  notification.getLink()));
        }
      }
    }
    notifications.deliver(delivered);
    if (!outgoing.isEmpty()) {
      outbox.enqueue(outgoing, now);
    }
  }
}
