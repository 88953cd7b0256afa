package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.notification.Addressee;
import org.learningcommons.notification.DigestFrequency;
import org.learningcommons.notification.Notification;
import org.learningcommons.notification.NotificationChannel;
import org.learningcommons.notification.NotificationRepository;
import org.learningcommons.shared.PageRequest;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  private static final int KEYS_PER_QUERY = 1000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public void deliver(List<Notification> notifications) {
    MultiRowInsert.insert(
        em,
        "insert into notification"
            + " (recipient, kind, actor, actor_name, subject, link, channel, created_at)",
        "",
        8,
        notifications,
        n ->
            new Object[] {
              n.getRecipient(),
              n.getKind().name(),
              n.getActor(),
              n.getActorName(),
              n.getSubject(),
              n.getLink(),
              n.getChannel().name(),
              n.getCreatedAt()
            });
  }

  @Override
  public Optional<Notification> find(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public long count(String recipient) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :recipient", Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public long countUnread(String recipient) {
    return em.createQuery(
            "select count(n) from Notification n"
                + " where n.recipient = :recipient and n.readAt is null",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public List<Notification> list(String recipient, PageRequest page) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :recipient order by n.id desc",
            Notification.class)
        .setParameter("recipient", recipient)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public int markAllRead(String recipient, Instant now) {
    return em.createNativeQuery(
            "update notification set read_at = ?1 where recipient = ?2 and read_at is null")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, recipient)
        .executeUpdate();
  }

  @Override
  public List<String> dueForDigest(Instant now, boolean regardlessOfFrequency, int limit) {
    @SuppressWarnings("unchecked")
    List<String> due =
        em.createNativeQuery(
                "select n.recipient from notification n"
                    + " left join notification_settings s on s.username = n.recipient"
                    + " where n.channel = 'DIGEST' and n.digested_at is null"
                    + " and (cast(?1 as boolean) or s.last_digest_at is null"
                    + " or (s.digest_frequency = 'DAILY' and s.last_digest_at <= ?2)"
                    + " or (s.digest_frequency = 'WEEKLY' and s.last_digest_at <= ?3))"
                    + " group by n.recipient order by n.recipient limit ?4")
            .setParameter(1, regardlessOfFrequency)
            .setParameter(2, Timestamp.from(DigestFrequency.DAILY.dueIfLastBefore(now)))
            .setParameter(3, Timestamp.from(DigestFrequency.WEEKLY.dueIfLastBefore(now)))
            .setParameter(4, limit)
            .getResultList();
    return due;
  }

  @Override
  public List<Notification> waitingForDigest(Collection<String> recipients) {
    List<Notification> waiting = new ArrayList<>();
    for (List<String> chunk : MultiRowInsert.chunks(List.copyOf(recipients), KEYS_PER_QUERY)) {
      waiting.addAll(
          em.createQuery(
                  "select n from Notification n where n.recipient in :recipients"
                      + " and n.channel = :digest and n.digestedAt is null"
                      + " order by n.recipient, n.id",
                  Notification.class)
              .setParameter("recipients", chunk)
              .setParameter("digest", NotificationChannel.DIGEST)
              .getResultList());
    }
    return waiting;
  }

  @Override
  public void recordDigest(Collection<String> recipients, Instant now) {
    MultiRowInsert.insert(
        em,
        "insert into notification_settings (username, digest_frequency, last_digest_at)",
        "on conflict (username) do update set last_digest_at = excluded.last_digest_at",
        3,
        List.copyOf(recipients),
        username -> new Object[] {username, DigestFrequency.DAILY.name(), now});
  }

  @Override
  public Map<String, Addressee> addressees(Collection<String> usernames) {
    Map<String, Addressee> byUsername = new HashMap<>();
    for (List<String> chunk : MultiRowInsert.chunks(List.copyOf(usernames), KEYS_PER_QUERY)) {
      em.createQuery(
              "select new org.learningcommons.notification.Addressee("
                  + "s.username, s.displayName, s.email, s.active)"
                  + " from StaffMember s where s.username in :usernames",
              Addressee.class)
          .setParameter("usernames", chunk)
          .getResultList()
          .forEach(a -> byUsername.put(a.username(), a));
    }
    return byUsername;
  }
}
