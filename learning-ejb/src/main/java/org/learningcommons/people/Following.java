package org.learningcommons.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.learningcommons.infrastructure.persistence.NativeRows;
import org.learningcommons.shared.PageRequest;

/** Following colleagues: their threads and replies come to the follower's home stream. */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class Following {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  /** Follows an active colleague; following twice changes nothing, following oneself is refused. */
  public void follow(@NotNull @Size(max = Usernames.MAX_LENGTH) String username) {
    String me = me();
    String followee = Usernames.normalise(username);
    if (followee.equals(me)) {
      throw new IllegalArgumentException("You cannot follow yourself.");
    }
    boolean active =
        !em.createQuery(
                "select s.id from StaffMember s where s.username = :u and s.active = true",
                Long.class)
            .setParameter("u", followee)
            .getResultList()
            .isEmpty();
    if (!active) {
      throw new ProfileNotFoundException(username);
    }
    em.createNativeQuery(
            "insert into staff_follow (follower, followee, followed_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, me)
        .setParameter(2, followee)
        .setParameter(3, NativeRows.parameter(Instant.now()))
        .executeUpdate();
  }

  public void unfollow(@NotNull @Size(max = Usernames.MAX_LENGTH) String username) {
    em.createNativeQuery("delete from staff_follow where follower = ?1 and followee = ?2")
        .setParameter(1, me())
        .setParameter(2, Usernames.normalise(username))
        .executeUpdate();
  }

  public boolean isFollowing(@NotNull String username) {
    return !em.createNativeQuery("select 1 from staff_follow where follower = ?1 and followee = ?2")
        .setParameter(1, me())
        .setParameter(2, Usernames.normalise(username))
        .getResultList()
        .isEmpty();
  }

  public long countFollowers(@NotNull String username) {
    return count("select count(*) from staff_follow where followee = ?1", username);
  }

  public long countFollowing(@NotNull String username) {
    return count("select count(*) from staff_follow where follower = ?1", username);
  }

  /** Who follows {@code username}, by name. */
  public List<StaffSummary> followers(@NotNull String username, @NotNull PageRequest page) {
    return people("f.follower", "f.followee", username, page);
  }

  /** Whom {@code username} follows, by name. */
  public List<StaffSummary> following(@NotNull String username, @NotNull PageRequest page) {
    return people("f.followee", "f.follower", username, page);
  }

  private List<StaffSummary> people(String shown, String given, String username, PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.username, s.display_name, s.department, s.title, s.email"
                    + " from staff_follow f join staff_member s on s.username = "
                    + shown
                    + " where "
                    + given
                    + " = ?1 order by lower(s.display_name), s.id offset "
                    + page.offset()
                    + " limit "
                    + page.limit())
            .setParameter(1, Usernames.normalise(username))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StaffSummary(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  private long count(String sql, String username) {
    return ((Number)
            em.createNativeQuery(sql)
                .setParameter(1, Usernames.normalise(username))
                .getSingleResult())
        .longValue();
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
