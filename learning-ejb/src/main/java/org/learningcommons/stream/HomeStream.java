package org.learningcommons.stream;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningcommons.discussion.Excerpts;
import org.learningcommons.people.Role;

/** The signed-in person's home stream. */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class HomeStream {

  public static final int MAX_LIMIT = 50;
  private static final int EXCERPT = 240;

  /*
   * Each of the caller's communities and each followed colleague contributes its newest entries
   * through its own index range scan (activity_community_ix, activity_actor_ix); the union removes
   * entries that came both ways. Colleagues' entries count only from open communities, or from
   * communities the caller belongs to (those came through the first branch anyway). Hidden and
   * deleted posts and hidden threads never show.
   */
  private static final String STREAM =
      """
      with mine as (
        select community_id from membership where username = ?1 and status = 'ACTIVE'
      ), candidates as (
        select x.id from mine m cross join lateral (
          select a.id from activity a
          where a.community_id = m.community_id and a.id < ?2
          order by a.id desc limit ?3) x
        union
        select x.id from staff_follow f cross join lateral (
          select a.id from activity a
          where a.actor = f.followee and a.id < ?2
            and exists (select 1 from community c
                        where c.id = a.community_id and c.visibility = 'OPEN')
          order by a.id desc limit ?3) x
        where f.follower = ?1
      )
      select a.id, a.kind, a.community_id, c.name, a.thread_id, t.title, a.post_id, a.actor,
             coalesce(s.display_name, a.actor), left(p.body, 2000), a.occurred_at
      from (select id from candidates order by id desc limit ?3) k
      join activity a on a.id = k.id
      join post p on p.id = a.post_id and p.status = 'VISIBLE'
      join discussion_thread t on t.id = a.thread_id and not t.hidden
      join community c on c.id = a.community_id
      left join staff_member s on s.username = a.actor
      order by a.id desc
      """;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  /**
   * Entries older than {@code before} (null: the newest), at most {@code limit}.
   *
   * @return the entries and the {@code before} of the next slice
   */
  public StreamPage stream(Long before, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(STREAM)
            .setParameter(1, context.getCallerPrincipal().getName())
            .setParameter(2, before == null ? Long.MAX_VALUE : before)
            .setParameter(3, size)
            .getResultList();
    List<StreamItem> items =
        rows.stream()
            .map(
                r ->
                    new StreamItem(
                        longValue(r[0]),
                        string(r[1]),
                        longValue(r[2]),
                        string(r[3]),
                        longValue(r[4]),
                        string(r[5]),
                        longValue(r[6]),
                        string(r[7]),
                        string(r[8]),
                        Excerpts.of(string(r[9]), EXCERPT),
                        instant(r[10])))
            .toList();
    // A full slice may have older entries; a short one was the end (or lost hidden posts).
    Long next = rows.size() < size || items.isEmpty() ? null : items.get(items.size() - 1).id();
    return new StreamPage(items, next);
  }
}
