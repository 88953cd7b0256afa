package org.learningcommons.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
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
 * preferences and a few multi-row inserts.
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
    String actor = notice.actor() == null ? null : notice.actor().strip().toLowerCase(Locale.ROOT);
    Set<String> recipients = Recipients.of(actor, notice.recipients());
    if (recipients.isEmpty()) {
      return;
    }
    Set<String> people = new HashSet<>(recipients);
    if (actor != null) {
      people.add(actor);
    }
    Map<String, Addressee> known = notifications.addressees(people);
    Map<String, NotificationChannel> chosen = preferences.chosenChannels(recipients, notice.kind());
    String actorName =
        actor == null
            ? null
            : known.containsKey(actor) ? known.get(actor).displayName() : notice.actor();
    boolean email = mailSettings.enabled();
    Instant now = Instant.now();

    List<Notification> delivered = new ArrayList<>();
    List<OutgoingMail> outgoing = new ArrayList<>();
    for (String recipient : recipients) {
      Addressee addressee = known.get(recipient);
      if (addressee == null || !addressee.active()) {
        continue;
      }
      NotificationChannel channel = notice.kind().channelFor(chosen.get(recipient));
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
    notifications.deliver(delivered);
    if (!outgoing.isEmpty()) {
      outbox.enqueue(outgoing, now);
    }
  }
}
