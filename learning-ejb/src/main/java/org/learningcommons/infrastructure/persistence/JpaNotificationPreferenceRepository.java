package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.notification.NotificationChannel;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.notification.NotificationPreference;
import org.learningcommons.notification.NotificationPreferenceRepository;
import org.learningcommons.notification.NotificationSettings;

@ApplicationScoped
public class JpaNotificationPreferenceRepository implements NotificationPreferenceRepository {

  private static final int KEYS_PER_QUERY = 1000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public Map<String, NotificationChannel> chosenChannels(
      Collection<String> usernames, NotificationKind kind) {
    Map<String, NotificationChannel> chosen = new HashMap<>();
    for (List<String> chunk : MultiRowInsert.chunks(List.copyOf(usernames), KEYS_PER_QUERY)) {
      em.createQuery(
              "select p from NotificationPreference p"
                  + " where p.kind = :kind and p.username in :usernames",
              NotificationPreference.class)
          .setParameter("kind", kind)
          .setParameter("usernames", chunk)
          .getResultList()
          .forEach(p -> chosen.put(p.getUsername(), p.getChannel()));
    }
    return chosen;
  }

  @Override
  public List<NotificationPreference> preferencesOf(String username) {
    return em.createQuery(
            "select p from NotificationPreference p where p.username = :username",
            NotificationPreference.class)
        .setParameter("username", username)
        .getResultList();
  }

  @Override
  public void add(NotificationPreference preference) {
    em.persist(preference);
  }

  @Override
  public Optional<NotificationSettings> settingsOf(String username) {
    return Optional.ofNullable(em.find(NotificationSettings.class, username));
  }

  @Override
  public void add(NotificationSettings settings) {
    em.persist(settings);
  }
}
