package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.learningcommons.people.LoginThrottle;
import org.learningcommons.people.LoginThrottleRepository;
import org.learningcommons.people.Usernames;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public LoginThrottle lockForUpdate(String username) {
    String key = Usernames.normalise(username);
    // Insert-if-absent first, so that two nodes counting the first failure do not collide.
    em.createNativeQuery(
            "insert into login_throttle (username, failures, version) values (?1, 0, 0)"
                + " on conflict (username) do nothing")
        .setParameter(1, key)
        .executeUpdate();
    return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
  }
}
