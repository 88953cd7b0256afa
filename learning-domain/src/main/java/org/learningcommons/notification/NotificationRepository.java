package org.learningcommons.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.shared.PageRequest;

/** The notifications people received, and what the digest has still to list. */
public interface NotificationRepository {

  /** Stores new notifications in as few statements as possible (a reply can reach hundreds). */
  void deliver(List<Notification> notifications);

  Optional<Notification> find(long id);

  long count(String recipient);

  long countUnread(String recipient);

  /** One page of a person's notifications, newest first. */
  List<Notification> list(String recipient, PageRequest page);

  /**
   * @return how many notifications were unread
   */
  int markAllRead(String recipient, Instant now);

  /**
   * People with notifications waiting for the digest whose last digest is old enough for their
   * frequency (or everybody with waiting notifications when {@code regardlessOfFrequency}).
   */
  List<String> dueForDigest(Instant now, boolean regardlessOfFrequency, int limit);

  /** The notifications waiting for these people's digest, oldest first. */
  List<Notification> waitingForDigest(Collection<String> recipients);

  /** Records when these people got their digest, which decides when the next one is due. */
  void recordDigest(Collection<String> recipients, Instant now);

  /** Name, address and status of these people (and nobody else), by user name. */
  Map<String, Addressee> addressees(Collection<String> usernames);
}
