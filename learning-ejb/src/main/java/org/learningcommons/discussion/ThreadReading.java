package org.learningcommons.discussion;

import static org.learningcommons.infrastructure.persistence.NativeRows.bool;
import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.parameter;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.community.CommunityGate;
import org.learningcommons.community.Guarded;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/** Reading threads: a community's thread list and a thread page, with read state. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ThreadReading {

  /** Top-level replies per thread page; their nested replies come with them. */
  public static final int REPLIES_PER_PAGE = 50;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;

  public long countThreads(long communityId) {
    Guarded guarded = gate.community(communityId).requireRead();
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from discussion_thread t where t.community_id = ?1"
                        + (guarded.access().canModerate() ? "" : " and not t.hidden"))
                .setParameter(1, communityId)
                .getSingleResult())
        .longValue();
  }

  /** Pinned threads first, then by last activity; unread marks threads new to the caller. */
  public List<ThreadSummary> listThreads(long communityId, @NotNull PageRequest page) {
    Guarded guarded = gate.community(communityId).requireRead();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.id, t.title, t.kind, t.author, s.display_name, t.pinned, t.locked,"
                    + " t.hidden, t.accepted_post_id is not null, t.reply_count, t.created_at,"
                    + " t.last_activity_at,"
                    + " coalesce(m.status = 'ACTIVE'"
                    + " and t.last_activity_at > coalesce(r.last_read_at, m.since), false)"
                    + " from discussion_thread t"
                    + " left join staff_member s on s.username = t.author"
                    + " left join membership m on m.community_id = t.community_id"
                    + " and m.username = ?2"
                    + " left join thread_read r on r.thread_id = t.id and r.username = ?2"
                    + " where t.community_id = ?1"
                    + (guarded.access().canModerate() ? "" : " and not t.hidden")
                    + " order by t.pinned desc, t.last_activity_at desc, t.id desc"
                    + " offset "
                    + page.offset()
                    + " limit "
                    + page.limit())
            .setParameter(1, communityId)
            .setParameter(2, gate.caller())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ThreadSummary(
                    longValue(r[0]),
                    string(r[1]),
                    ThreadKind.valueOf(string(r[2])),
                    string(r[3]),
                    r[4] == null ? string(r[3]) : string(r[4]),
                    bool(r[5]),
                    bool(r[6]),
                    bool(r[7]),
                    bool(r[8]),
                    intValue(r[9]),
                    instant(r[10]),
                    instant(r[11]),
                    bool(r[12])))
        .toList();
  }

  /**
   * One page of a thread (1-based; out-of-range pages show the last one), or the page that holds
   * {@code postId} when given. Reading it records the caller's visit; posts newer than the previous
   * visit are marked fresh.
   */
  public ThreadView thread(long threadId, int page, Long postId) {
    DiscussionThread thread = em.find(DiscussionThread.class, threadId);
    if (thread == null) {
      throw new NotFoundException("thread", threadId);
    }
    Guarded guarded = gate.community(thread.getCommunityId());
    Discussions.requireThreadVisible(thread, guarded);
    String me = gate.caller();
    boolean moderator = guarded.access().canModerate();

    long topLevel =
        em.createQuery(
                "select count(p) from Post p where p.threadId = :t and p.parentId is null"
                    + " and p.opening = false",
                Long.class)
            .setParameter("t", threadId)
            .getSingleResult();
    int pageCount = (int) Math.max(1, (topLevel + REPLIES_PER_PAGE - 1) / REPLIES_PER_PAGE);
    int shown = postId == null ? page : pageOf(threadId, postId, page);
    shown = Math.min(Math.max(1, shown), pageCount);

    Post opening =
        em.createQuery(
                "select p from Post p where p.threadId = :t and p.opening = true", Post.class)
            .setParameter("t", threadId)
            .getSingleResult();
    List<Post> replies =
        em.createQuery(
                "select p from Post p where p.threadId = :t and p.parentId is null"
                    + " and p.opening = false order by p.id",
                Post.class)
            .setParameter("t", threadId)
            .setFirstResult((shown - 1) * REPLIES_PER_PAGE)
            .setMaxResults(REPLIES_PER_PAGE)
            .getResultList();
    List<Post> nested =
        replies.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select p from Post p where p.parentId in :ids order by p.id", Post.class)
                .setParameter("ids", replies.stream().map(Post::getId).toList())
                .getResultList();

    List<Post> all = new ArrayList<>(1 + replies.size() + nested.size());
    all.add(opening);
    all.addAll(replies);
    all.addAll(nested);
    List<Long> ids = all.stream().map(Post::getId).toList();
    Map<String, String> names = displayNames(all.stream().map(Post::getAuthor).toList());
    Set<Long> liked = likedBy(me, ids);
    Map<Long, List<AttachmentView>> files = attachmentsOf(ids);
    Instant lastRead = lastRead(threadId, me);
    markRead(threadId, me);

    PostRendering rendering =
        new PostRendering(me, moderator, thread.getAcceptedPostId(), lastRead, names, liked, files);
    Map<Long, List<PostView>> children = new HashMap<>();
    for (Post child : nested) {
      children
          .computeIfAbsent(child.getParentId(), k -> new ArrayList<>())
          .add(rendering.view(child, List.of()));
    }
    List<PostView> replyViews =
        replies.stream()
            .map(r -> rendering.view(r, children.getOrDefault(r.getId(), List.of())))
            .toList();
    boolean following =
        !em.createNativeQuery(
                "select 1 from thread_follower where thread_id = ?1 and username = ?2")
            .setParameter(1, threadId)
            .setParameter(2, me)
            .getResultList()
            .isEmpty();
    boolean canReply = guarded.access().canPost() && (!thread.isLocked() || moderator);
    return new ThreadView(
        threadId,
        thread.getCommunityId(),
        guarded.community().getName(),
        thread.getTitle(),
        thread.getKind(),
        thread.getAuthor(),
        names.getOrDefault(thread.getAuthor(), thread.getAuthor()),
        thread.isPinned(),
        thread.isLocked(),
        thread.isHidden(),
        thread.getAcceptedPostId(),
        thread.getCreatedAt(),
        thread.getReplyCount(),
        rendering.view(opening, List.of()),
        replyViews,
        shown,
        pageCount,
        lastRead,
        following,
        canReply,
        moderator,
        thread.getKind() == ThreadKind.QUESTION
            && (thread.getAuthor().equals(me) || moderator)
            && !guarded.community().isArchived(),
        guarded.community().isArchived());
  }

  /** Who liked a post, newest first (at most 200). */
  public List<ReactionView> reactions(long postId) {
    Post post = readablePost(postId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.username, coalesce(s.display_name, r.username), r.reacted_at"
                    + " from post_reaction r left join staff_member s on s.username = r.username"
                    + " where r.post_id = ?1 order by r.reacted_at desc limit 200")
            .setParameter(1, post.getId())
            .getResultList();
    return rows.stream()
        .map(r -> new ReactionView(string(r[0]), string(r[1]), instant(r[2])))
        .toList();
  }

  /** Earlier texts of a post, newest first: for its author and moderators. */
  public List<RevisionView> revisions(long postId) {
    Post post = readablePost(postId);
    Guarded guarded = gate.community(post.getCommunityId());
    if (!post.getAuthor().equals(gate.caller()) && !guarded.access().canModerate()) {
      throw new NotFoundException("post", postId);
    }
    return em.createQuery(
            "select new org.learningcommons.discussion.RevisionView(r.body, r.title, r.editedBy,"
                + " r.editedAt) from PostRevision r where r.postId = :p order by r.id desc",
            RevisionView.class)
        .setParameter("p", postId)
        .getResultList();
  }

  private Post readablePost(long postId) {
    Post post = em.find(Post.class, postId);
    if (post == null || post.getStatus() == PostStatus.DELETED) {
      throw new NotFoundException("post", postId);
    }
    Guarded guarded = gate.community(post.getCommunityId());
    Discussions.requireThreadVisible(em.find(DiscussionThread.class, post.getThreadId()), guarded);
    if (!post.isVisible() && !guarded.access().canModerate()) {
      throw new NotFoundException("post", postId);
    }
    return post;
  }

  private int pageOf(long threadId, long postId, int fallback) {
    Post post = em.find(Post.class, postId);
    if (post == null || post.getThreadId() != threadId || post.isOpening()) {
      return fallback;
    }
    long anchor = post.getParentId() != null ? post.getParentId() : post.getId();
    long before =
        em.createQuery(
                "select count(p) from Post p where p.threadId = :t and p.parentId is null"
                    + " and p.opening = false and p.id < :anchor",
                Long.class)
            .setParameter("t", threadId)
            .setParameter("anchor", anchor)
            .getSingleResult();
    return (int) (before / REPLIES_PER_PAGE) + 1;
  }

  private Map<String, String> displayNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.username, s.displayName from StaffMember s where s.username in :names",
                Object[].class)
            .setParameter("names", new LinkedHashSet<>(usernames))
            .getResultList()) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }

  private Set<Long> likedBy(String me, List<Long> ids) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select post_id from post_reaction where username = ?1 and post_id in ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")")
            .setParameter(1, me)
            .getResultList();
    Set<Long> liked = new HashSet<>();
    rows.forEach(r -> liked.add(longValue(r)));
    return liked;
  }

  private Map<Long, List<AttachmentView>> attachmentsOf(List<Long> ids) {
    Map<Long, List<AttachmentView>> files = new HashMap<>();
    // Columns only: the entity would load every file's content.
    for (Object[] row :
        em.createQuery(
                "select a.postId, a.id, a.fileName, a.contentType, a.sizeBytes from Attachment a"
                    + " where a.postId in :ids order by a.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      String type = (String) row[3];
      files
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(
              new AttachmentView(
                  (Long) row[1], (String) row[2], type, (Long) row[4], type.startsWith("image/")));
    }
    return files;
  }

  private Instant lastRead(long threadId, String me) {
    List<?> rows =
        em.createNativeQuery(
                "select last_read_at from thread_read where thread_id = ?1 and username = ?2")
            .setParameter(1, threadId)
            .setParameter(2, me)
            .getResultList();
    return rows.isEmpty() ? null : instant(rows.get(0));
  }

  private void markRead(long threadId, String me) {
    em.createNativeQuery(
            "insert into thread_read (thread_id, username, last_read_at) values (?1, ?2, ?3)"
                + " on conflict (username, thread_id) do update set last_read_at = excluded.last_read_at")
        .setParameter(1, threadId)
        .setParameter(2, me)
        .setParameter(3, parameter(Instant.now()))
        .executeUpdate();
  }

  /** Turns posts into views for one caller: what they may read, what is theirs, what is new. */
  private record PostRendering(
      String me,
      boolean moderator,
      Long acceptedPostId,
      Instant lastRead,
      Map<String, String> names,
      Set<Long> liked,
      Map<Long, List<AttachmentView>> files) {

    PostView view(Post post, List<PostView> replies) {
      boolean readable = post.isVisible() || (post.getStatus() == PostStatus.HIDDEN && moderator);
      return new PostView(
          post.getId(),
          post.getParentId(),
          post.getAuthor(),
          names.getOrDefault(post.getAuthor(), post.getAuthor()),
          readable ? post.getBody() : null,
          post.getCreatedAt(),
          post.getEditedAt(),
          post.getStatus(),
          post.getLikeCount(),
          liked.contains(post.getId()),
          post.getAuthor().equals(me),
          lastRead != null && post.getCreatedAt().isAfter(lastRead) && !post.getAuthor().equals(me),
          post.getId().equals(acceptedPostId),
          readable ? files.getOrDefault(post.getId(), List.of()) : List.of(),
          replies);
    }
  }
}
