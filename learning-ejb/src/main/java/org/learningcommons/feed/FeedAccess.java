package org.learningcommons.feed;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * Recognises a feed token on a feed request, before anybody is signed in (hence open to all: the
 * token is the credential). The web module's authentication mechanism accepts tokens on feed paths
 * only.
 */
@Stateless
@PermitAll
public class FeedAccess {

  /* One row: the token, its owner and the roles recorded at the owner's last sign-in. */
  private static final String TOKEN_SQL =
      """
      select t.id, t.last_used_at, s.username, s.active, string_agg(r.role, ',')
      from feed_token t
      join staff_member s on s.username = t.username
      left join staff_member_role r on r.staff_member_id = s.id
      where t.token_hash = ?1
      group by t.id, t.last_used_at, s.username, s.active
      """;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /**
   * Who the token stands for; empty for anything that is not a token, an unknown or revoked token,
   * a person who has left, and one without roles. Records the use at most once a minute.
   */
  public Optional<FeedCaller> authenticate(String token) {
    if (!FeedTokenSecret.looksLikeToken(token)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(TOKEN_SQL)
            .setParameter(1, FeedTokenSecret.hash(token))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Set<Role> roles = roles(string(row[4]));
    if (!bool(row[3]) || roles.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    if (FeedToken.useWorthRecording(instant(row[1]), now)) {
      // Conditional, so that nodes reading the same token at once write it once.
      em.createNativeQuery(
              "update feed_token set last_used_at = ?1 where id = ?2"
                  + " and (last_used_at is null or last_used_at <= ?3)")
          .setParameter(1, timestamp(now))
          .setParameter(2, longValue(row[0]))
          .setParameter(3, timestamp(now.minus(FeedToken.USE_RECORDING_INTERVAL)))
          .executeUpdate();
    }
    return Optional.of(new FeedCaller(string(row[2]), roles));
  }

  private static Set<Role> roles(String list) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (list != null) {
      Arrays.stream(list.split(","))
          .map(String::strip)
          .filter(r -> Arrays.stream(Role.values()).anyMatch(known -> known.name().equals(r)))
          .map(Role::valueOf)
          .forEach(roles::add);
    }
    return roles;
  }
}
