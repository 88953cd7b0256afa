package org.learningcommons.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.infrastructure.mail.MailOutbox;
import org.learningcommons.infrastructure.mail.OutgoingMail;

/**
 * Writes the digests of a batch of people in one transaction of its own: their mails go to the
 * outbox, their notifications are marked as listed, and their digest time is recorded. A failure
 * affects this batch only.
 */
@Stateless
@PermitAll
public class DigestWriter {

  /** What one batch wrote. */
  public record Written(int people, int mails, int notifications) {}

  @Inject NotificationRepository notifications;
  @Inject NotificationMails mails;
  @EJB MailOutbox outbox;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Written digest(List<String> people, Instant now) {
    Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
    for (Notification waiting : notifications.waitingForDigest(people)) {
      byRecipient.computeIfAbsent(waiting.getRecipient(), r -> new ArrayList<>()).add(waiting);
    }
    Map<String, Addressee> addressees = notifications.addressees(byRecipient.keySet());
    List<OutgoingMail> digests = new ArrayList<>();
    int listed = 0;
    for (Map.Entry<String, List<Notification>> entry : byRecipient.entrySet()) {
      Addressee to = addressees.get(entry.getKey());
      // People who left or have no address get no mail, but their items are settled all the same.
      if (to != null && to.canReceiveEmail()) {
        digests.add(mails.digest(to, entry.getValue()));
      }
      entry.getValue().forEach(n -> n.markDigested(now));
      listed += entry.getValue().size();
    }
    if (!digests.isEmpty()) {
      outbox.enqueue(digests, now);
    }
    notifications.recordDigest(people, now);
    return new Written(byRecipient.size(), digests.size(), listed);
  }
}
