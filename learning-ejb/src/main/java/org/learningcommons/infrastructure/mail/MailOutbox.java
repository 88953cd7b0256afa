package org.learningcommons.infrastructure.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.learningcommons.infrastructure.persistence.MultiRowInsert;

/**
 * The table of mails waiting to be sent. Mails are added in the transaction of the action that
 * causes them; the sender claims them in small batches with {@code FOR UPDATE SKIP LOCKED} and a
 * lease, so that the nodes of a cluster never send one mail twice at the same time, and a node that
 * dies while sending leaves its mails to the others once the lease has passed.
 */
@Stateless
@PermitAll
public class MailOutbox {

  /** A mail claimed for sending. {@code attempts} counts this attempt. */
  public record Claimed(long id, OutgoingMail mail, int attempts) {}

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /** Adds mails in the caller's transaction: they are sent only if it commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(List<OutgoingMail> mails, Instant now) {
    // Attachments go one row each (they are few and large); the rest in multi-row inserts.
    for (OutgoingMail m : mails) {
      if (m.attachment() != null) {
        em.createNativeQuery(
                "insert into mail_outbox (recipient, to_address, subject, text_body, html_body,"
                    + " created_at, next_attempt_at, attachment_name, attachment_type, attachment)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9)")
            .setParameter(1, m.recipient())
            .setParameter(2, m.toAddress())
            .setParameter(3, m.subject())
            .setParameter(4, m.textBody())
            .setParameter(5, m.htmlBody())
            .setParameter(6, Timestamp.from(now))
            .setParameter(7, m.attachment().name())
            .setParameter(8, m.attachment().contentType())
            .setParameter(9, m.attachment().content())
            .executeUpdate();
      }
    }
    List<OutgoingMail> plain = mails.stream().filter(m -> m.attachment() == null).toList();
    if (plain.isEmpty()) {
      return;
    }
    MultiRowInsert.insert(
        em,
        "insert into mail_outbox (recipient, to_address, subject, text_body, html_body,"
            + " created_at, next_attempt_at)",
        "",
        7,
        plain,
        m ->
            new Object[] {
              m.recipient(), m.toAddress(), m.subject(), m.textBody(), m.htmlBody(), now, now
            });
  }

  /** Claims up to {@code max} due mails for {@code lease}, counting the attempt. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Claimed> claim(int max, Duration lease) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "update mail_outbox set attempts = attempts + 1, next_attempt_at = ?1"
                    + " where id in (select id from mail_outbox"
                    + " where sent_at is null and failed_at is null and next_attempt_at <= ?2"
                    + " order by next_attempt_at, id limit ?3 for update skip locked)"
                    + " returning id, recipient, to_address, subject, text_body, html_body,"
                    + " attempts, attachment_name, attachment_type, attachment")
            .setParameter(1, Timestamp.from(now.plus(lease)))
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Claimed(
                    ((Number) r[0]).longValue(),
                    new OutgoingMail(
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        r[7] == null
                            ? null
                            : new OutgoingMail.Attachment(
                                (String) r[7], (String) r[8], (byte[]) r[9])),
                    ((Number) r[6]).intValue()))
        .toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sent(long id) {
    em.createNativeQuery("update mail_outbox set sent_at = ?1, last_error = null where id = ?2")
        .setParameter(1, Timestamp.from(Instant.now()))
        .setParameter(2, id)
        .executeUpdate();
  }

  /**
   * Records a failed attempt: the mail is tried again after {@link RetryBackoff}, or given up after
   * {@code maxAttempts}.
   *
   * @return whether the mail was given up
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean failed(long id, int attempts, int maxAttempts, String error) {
    Instant now = Instant.now();
    boolean giveUp = attempts >= maxAttempts;
    String message = error == null ? "unknown error" : error;
    em.createNativeQuery(
            "update mail_outbox set last_error = ?1, next_attempt_at = ?2, failed_at = ?3"
                + " where id = ?4")
        .setParameter(1, message.length() > 1000 ? message.substring(0, 1000) : message)
        .setParameter(2, Timestamp.from(now.plus(RetryBackoff.after(attempts))))
        .setParameter(3, giveUp ? Timestamp.from(now) : null)
        .setParameter(4, id)
        .executeUpdate();
    return giveUp;
  }
}
