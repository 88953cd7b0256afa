package org.learningcommons.community;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.learningcommons.people.Role;

/**
 * The newest threads and replies of an open community, for its Atom feed. Only open communities
 * have a feed: a feed is read by portals and feed readers that pass it on, so a restricted or
 * private community's feed is reported as not found, like the community itself for outsiders.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class CommunityFeed {

  public static final int ENTRIES = 30;

  /* From the activity table through its (community_id, id desc) index, like the home stream. */
  private static final String ENTRIES_SQL =
      """
      select a.id, a.kind, a.thread_id, t.title, a.post_id, a.actor,
             coalesce(s.display_name, a.actor), p.body, a.occurred_at, p.edited_at
      from activity a
      join post p on p.id = a.post_id and p.status = 'VISIBLE'
      join discussion_thread t on t.id = a.thread_id and not t.hidden
      left join staff_member s on s.username = a.actor
      where a.community_id = ?1
      order by a.id desc
      limit ?2
      """;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;

  /** The feed of an open community; not found for any other. */
  public FeedView feed(long communityId) {
    Community community = gate.community(communityId).community();
    if (community.getVisibility() != Visibility.OPEN) {
      throw new NotFoundException("community feed", communityId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(ENTRIES_SQL)
            .setParameter(1, communityId)
            .setParameter(2, ENTRIES)
            .getResultList();
    List<FeedEntry> entries =
        rows.stream()
            .map(
                r ->
                    new FeedEntry(
                        longValue(r[0]),
                        string(r[1]),
                        longValue(r[2]),
                        string(r[3]),
                        longValue(r[4]),
                        string(r[5]),
                        string(r[6]),
                        string(r[7]),
                        instant(r[8]),
                        r[9] == null ? instant(r[8]) : instant(r[9])))
            .toList();
    return new FeedView(
        community.getId(),
        community.getName(),
        community.getDescription(),
        community.getCreatedAt(),
        entries.stream()
            .map(FeedEntry::updated)
            .max(Comparator.naturalOrder())
            .orElse(community.getLastActivityAt()),
        entries);
  }

  /** The feed's head and its entries, newest first. */
  public record FeedView(
      long communityId,
      String name,
      String description,
      Instant createdAt,
      Instant updated,
      List<FeedEntry> entries)
      implements Serializable {}

  /**
   * One thread started, reply posted or answer accepted. {@code bodyHtml} is the sanitised post;
   * {@code updated} is the later of posting and the last edit.
   */
  public record FeedEntry(
      long activityId,
      String kind,
      long threadId,
      String threadTitle,
      long postId,
      String actor,
      String actorName,
      String bodyHtml,
      Instant published,
      Instant updated)
      implements Serializable {}
}
