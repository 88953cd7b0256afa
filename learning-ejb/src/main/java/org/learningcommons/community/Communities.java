package org.learningcommons.community;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.nullableLong;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/** Creating, describing, archiving and finding communities. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Communities {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;
  @Inject AuditTrail audit;

  /** Creates a community with the caller as its owner and first member. */
  public long createCommunity(@NotNull @Valid CommunityDraft draft) {
    String me = gate.caller();
    Instant now = Instant.now();
    requireFreeName(draft.name(), null);
    Community community =
        new Community(
            draft.name(),
            draft.description(),
            draft.category(),
            draft.tags(),
            draft.visibility(),
            me,
            now);
    em.persist(community);
    em.persist(Membership.owner(community, me, now));
    community.memberJoined();
    flushUniqueName();
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.COMMUNITY_CREATED,
            "community " + community.getId(),
            null,
            community.getName() + " (" + community.getVisibility() + ")"));
    return community.getId();
  }

  /** Replaces name, description, category, tags and visibility (owner or administrator). */
  public CommunityView describeCommunity(
      long communityId, long expectedVersion, @NotNull @Valid CommunityDraft draft) {
    Guarded guarded = gate.community(communityId).requireManage();
    Community community = guarded.community();
    if (community.getVersion() != expectedVersion) {
      throw new RejectedInputException(
          "name",
          "refusal.changedMeanwhile",
          "Someone else changed this community meanwhile. Reload it and try again.");
    }
    requireFreeName(draft.name(), communityId);
    community.describe(
        draft.name(), draft.description(), draft.category(), draft.tags(), draft.visibility());
    flushUniqueName();
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.COMMUNITY_UPDATED,
            "community " + communityId,
            null,
            community.getName() + " (" + community.getVisibility() + ")"));
    return CommunityView.of(guarded);
  }

  /** Makes the community read-only (owner or administrator). */
  public void archiveCommunity(long communityId, @Size(max = 500) String reason) {
    Community community = gate.community(communityId).requireManage().community();
    if (community.isArchived()) {
      return;
    }
    community.archive(Instant.now());
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.COMMUNITY_ARCHIVED,
            "community " + communityId,
            null,
            reason));
  }

  public void reopenCommunity(long communityId) {
    Community community = gate.community(communityId).requireManage().community();
    if (!community.isArchived()) {
      return;
    }
    community.reopen();
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.COMMUNITY_REOPENED,
            "community " + communityId,
            null,
            null));
  }

  /** A community's header; not found for a private community the caller does not belong to. */
  public CommunityView community(long communityId) {
    return CommunityView.of(gate.community(communityId));
  }

  /** Categories in use, for the directory's filter. */
  public List<String> categories() {
    return em.createQuery(
            "select distinct c.category from Community c order by c.category", String.class)
        .getResultList();
  }

  public long countCommunities(@NotNull @Valid CommunitySearch search) {
    DirectoryQuery query = new DirectoryQuery(search, gate.caller(), gate.callerIsAdministrator());
    return ((Number)
            query.bind(em.createNativeQuery("select count(*) " + query.from())).getSingleResult())
        .longValue();
  }

  /** One page of the directory: the communities the caller may see, with their standing. */
  public List<CommunitySummary> listCommunities(
      @NotNull @Valid CommunitySearch search, @NotNull PageRequest page) {
    DirectoryQuery query = new DirectoryQuery(search, gate.caller(), gate.callerIsAdministrator());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query
            .bind(
                em.createNativeQuery(
                    "select c.id, c.name, c.description, c.category, c.visibility,"
                        + " c.member_count, c.thread_count, c.last_activity_at, c.archived_at,"
                        + " m.status, m.role, c.image_id "
                        + query.from()
                        + query.orderBy()
                        + " offset "
                        + page.offset()
                        + " limit "
                        + page.limit()))
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> longValue(r[0])).toList();
    Map<Long, List<String>> tags = tagsOf(ids);
    Map<Long, Long> unread = unreadThreads(ids);
    List<CommunitySummary> summaries = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = longValue(r[0]);
      summaries.add(
          new CommunitySummary(
              id,
              string(r[1]),
              string(r[2]),
              string(r[3]),
              Visibility.valueOf(string(r[4])),
              tags.getOrDefault(id, List.of()),
              intValue(r[5]),
              intValue(r[6]),
              instant(r[7]),
              r[8] != null,
              r[9] == null ? null : MembershipStatus.valueOf(string(r[9])),
              r[10] == null ? null : CommunityRole.valueOf(string(r[10])),
              unread.getOrDefault(id, 0L),
              nullableLong(r[11])));
    }
    return summaries;
  }

  private Map<Long, List<String>> tagsOf(List<Long> ids) {
    Map<Long, List<String>> tags = new TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, t from Community c join c.tags t where c.id in :ids order by t",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    return tags;
  }

  /**
   * Threads with activity since the caller last read them (or, never read, since the caller
   * joined), per community the caller belongs to.
   */
  private Map<Long, Long> unreadThreads(List<Long> ids) {
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.community_id, count(*) from discussion_thread t"
                    + " join membership m on m.community_id = t.community_id"
                    + " and m.username = ?1 and m.status = 'ACTIVE'"
                    + " left join thread_read r on r.thread_id = t.id and r.username = ?1"
                    + " where t.community_id in ("
                    + in
                    + ") and not t.hidden"
                    + " and t.last_activity_at > coalesce(r.last_read_at, m.since)"
                    + " group by t.community_id")
            .setParameter(1, gate.caller())
            .getResultList();
    Map<Long, Long> unread = new HashMap<>();
    for (Object[] row : rows) {
      unread.put(longValue(row[0]), longValue(row[1]));
    }
    return unread;
  }

  private void requireFreeName(String name, Long except) {
    List<Long> holders =
        em.createQuery("select c.id from Community c where lower(c.name) = :name", Long.class)
            .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (holders.stream().anyMatch(id -> !id.equals(except))) {
      throw new RejectedInputException(
          "name", "refusal.nameTaken", "A community with this name exists already.");
    }
  }

  /** Two people creating the same name at once: the unique index decides, the loser is told. */
  private void flushUniqueName() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new RejectedInputException(
          "name", "refusal.nameTaken", "A community with this name exists already.");
    }
  }

  /** The directory's FROM and WHERE, built from the criteria with bound parameters only. */
  private static final class DirectoryQuery {
    private final StringBuilder from = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final CommunitySearch search;

    DirectoryQuery(CommunitySearch search, String me, boolean administrator) {
      this.search = search;
      parameters.add(me);
      from.append("from community c left join membership m")
          .append(" on m.community_id = c.id and m.username = ?1 where ");
      from.append(
          administrator
              ? "true"
              : "(c.visibility <> 'PRIVATE' or m.status in ('ACTIVE', 'INVITED'))");
      if (search.mineOnly()) {
        from.append(" and m.status = 'ACTIVE'");
      }
      String text = blankToNull(search.text());
      if (text != null) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        int p = add(pattern);
        int t = add(text.toLowerCase(Locale.ROOT));
        from.append(" and (lower(c.name) like ?")
            .append(p)
            .append(" escape '\\' or lower(c.description) like ?")
            .append(p)
            .append(" escape '\\' or exists (select 1 from community_tag ct")
            .append(" where ct.community_id = c.id and ct.tag = ?")
            .append(t)
            .append("))");
      }
      String category = blankToNull(search.category());
      if (category != null) {
        from.append(" and c.category = ?").append(add(category));
      }
      String tag = blankToNull(search.tag());
      if (tag != null) {
        from.append(" and exists (select 1 from community_tag ct2")
            .append(" where ct2.community_id = c.id and ct2.tag = ?")
            .append(add(tag.toLowerCase(Locale.ROOT)))
            .append(")");
      }
    }

    String from() {
      return from.toString();
    }

    String orderBy() {
      return switch (search.sort()) {
        case MEMBERS -> " order by c.member_count desc, c.id desc";
        case NAME -> " order by lower(c.name), c.id";
        case ACTIVITY -> " order by c.last_activity_at desc, c.id desc";
      };
    }

    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }

    private int add(Object parameter) {
      parameters.add(parameter);
      return parameters.size();
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }

    private static String escapeLike(String value) {
      return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}
