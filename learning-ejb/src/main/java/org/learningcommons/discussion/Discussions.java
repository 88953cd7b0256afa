package org.learningcommons.discussion;

import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.Community;
import org.learningcommons.community.CommunityGate;
import org.learningcommons.community.Guarded;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/** Starting threads, replying, editing, deleting, reacting, accepting answers, pin and lock. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Discussions {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;
  @Inject Readers readers;
  @Inject NotificationCentre notifications;
  @Inject AuditTrail audit;

  /** Starts a thread in a community the caller belongs to; returns the thread's id. */
  public long startThread(long communityId, @NotNull @Valid NewPost draft) {
    String me = gate.caller();
    Long earlier = earlierThread(me, draft.requestId());
    if (earlier != null) {
      return earlier;
    }
    Guarded guarded = gate.community(communityId).requirePost();
    if (draft.title() == null || draft.title().isBlank()) {
      throw new RejectedInputException(
          "title", "refusal.titleRequired", "Give the thread a title.");
    }
    String body = sanitised(draft.body());
    Instant now = Instant.now();
    DiscussionThread thread =
        new DiscussionThread(
            communityId,
            me,
            draft.title(),
            draft.kind() == null ? ThreadKind.DISCUSSION : draft.kind(),
            now,
            blankToNull(draft.requestId()));
    em.persist(thread);
    em.flush();
    Post opening = Post.opening(thread, body, now);
    em.persist(opening);
    em.flush();
    attach(draft.attachments(), communityId, opening);
    follow(thread.getId(), me);
    recordActivity("THREAD_STARTED", opening, now);
    em.createNativeQuery(
            "update community set thread_count = thread_count + 1,"
                + " last_activity_at = greatest(last_activity_at, ?1) where id = ?2")
        .setParameter(1, timestamp(now))
        .setParameter(2, communityId)
        .executeUpdate();
    notifyMentions(guarded.community(), opening, thread, Set.of());
    return thread.getId();
  }

  /**
   * Replies to a thread, or to a reply in it ({@code inReplyTo}); returns the new post's id. The
   * thread's author and followers and the people mentioned are notified.
   */
  public long reply(long threadId, Long inReplyTo, @NotNull @Valid NewPost draft) {
    String me = gate.caller();
    Long earlier = earlierPost(me, draft.requestId());
    if (earlier != null) {
      return earlier;
    }
    DiscussionThread thread = threadForUpdate(threadId);
    Guarded guarded = gate.community(thread.getCommunityId());
    requireThreadVisible(thread, guarded);
    guarded.requirePost();
    if (thread.isLocked() && !guarded.access().canModerate()) {
      throw new NotPermittedException(
          "refusal.threadLocked", "This thread is locked: no more replies.");
    }
    Post parent = null;
    if (inReplyTo != null) {
      parent = em.find(Post.class, inReplyTo);
      if (parent == null || parent.getThreadId() != threadId || !parent.isVisible()) {
        throw new NotFoundException("post", inReplyTo);
      }
    }
    String body = sanitised(draft.body());
    Instant now = Instant.now();
    Post reply = Post.reply(thread, parent, me, body, now, blankToNull(draft.requestId()));
    em.persist(reply);
    em.flush();
    thread.replied(now);
    attach(draft.attachments(), thread.getCommunityId(), reply);
    recordActivity("REPLY_POSTED", reply, now);
    em.createNativeQuery(
            "update community set last_activity_at = greatest(last_activity_at, ?1)"
                + " where id = ?2")
        .setParameter(1, timestamp(now))
        .setParameter(2, thread.getCommunityId())
        .executeUpdate();
    Community community = guarded.community();
    Set<String> mentioned = notifyMentions(community, reply, thread, Set.of());
    String link = link(reply);
    if (!mentioned.contains(thread.getAuthor())) {
      notifications.send(
          new Notice(
              NotificationKind.REPLY_TO_MY_THREAD,
              me,
              readers.of(community.getId(), community.getVisibility(), List.of(thread.getAuthor())),
              thread.getTitle(),
              link));
    }
    List<String> followers =
        em
            .createNativeQuery("select username from thread_follower where thread_id = ?1")
            .setParameter(1, threadId)
            .getResultList()
            .stream()
            .map(Object::toString)
            .filter(f -> !f.equals(thread.getAuthor()) && !mentioned.contains(f))
            .toList();
    if (!followers.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.REPLY_IN_FOLLOWED_THREAD,
              me,
              readers.of(community.getId(), community.getVisibility(), followers),
              thread.getTitle(),
              link));
    }
    follow(threadId, me);
    return reply.getId();
  }

  /**
   * Changes one's own post; the previous text is kept as a revision and the post shows "edited".
   * For an opening post, {@code title} renames the thread.
   */
  public void editPost(
      long postId,
      @Size(max = DiscussionThread.MAX_TITLE, message = "The title is too long (at most 200).")
          String title,
      @NotNull(message = "Write something first.")
          @Size(max = Post.MAX_BODY, message = "The text is too long.")
          String body) {
    Post post = findPost(postId);
    DiscussionThread thread = em.find(DiscussionThread.class, post.getThreadId());
    Guarded guarded = gate.community(post.getCommunityId());
    requireThreadVisible(thread, guarded);
    if (!post.getAuthor().equals(gate.caller()) || !post.isVisible()) {
      throw new NotPermittedException("refusal.editOwnOnly", "You can edit only your own posts.");
    }
    if (guarded.community().isArchived()) {
      throw new NotPermittedException(
          "refusal.archivedReadOnly", "This community is archived: it is read-only.");
    }
    String clean = sanitised(body);
    String newTitle = post.isOpening() && title != null && !title.isBlank() ? title : null;
    boolean titleChanged = newTitle != null && !newTitle.strip().equals(thread.getTitle());
    if (clean.equals(post.getBody()) && !titleChanged) {
      return;
    }
    Instant now = Instant.now();
    Set<String> before = Mentions.in(post.getBody());
    em.persist(
        new PostRevision(
            postId,
            post.getBody(),
            post.isOpening() ? thread.getTitle() : null,
            gate.caller(),
            now));
    post.edit(clean, now);
    if (titleChanged) {
      thread.retitle(newTitle);
    }
    notifyMentions(guarded.community(), post, thread, before);
  }

  /** Deletes one's own post; moderators delete through the moderation use cases. */
  public void deletePost(long postId) {
    Post post = findPost(postId);
    DiscussionThread thread = threadForUpdate(post.getThreadId());
    Guarded guarded = gate.community(post.getCommunityId());
    requireThreadVisible(thread, guarded);
    if (!post.getAuthor().equals(gate.caller())) {
      throw new NotPermittedException(
          "refusal.deleteOwnOnly", "You can delete only your own posts.");
    }
    if (guarded.community().isArchived()) {
      throw new NotPermittedException(
          "refusal.archivedReadOnly", "This community is archived: it is read-only.");
    }
    removeFromThread(post, thread);
  }

  /** Marks a post deleted and keeps the thread's counters and answer right. Used by moderation. */
  void removeFromThread(Post post, DiscussionThread thread) {
    if (post.getStatus() == PostStatus.DELETED) {
      return;
    }
    boolean counted = post.isVisible();
    post.delete();
    if (post.isOpening()) {
      thread.hide(true);
      em.createNativeQuery(
              "update community set thread_count = greatest(thread_count - 1, 0) where id = ?1")
          .setParameter(1, thread.getCommunityId())
          .executeUpdate();
    } else if (counted) {
      thread.replyRemoved();
    }
    if (post.getId().equals(thread.getAcceptedPostId())) {
      thread.unaccept();
    }
  }

  /** Likes a post; liking twice changes nothing. Returns the number of likes. */
  public int like(long postId) {
    Post post = findPost(postId);
    Guarded guarded = gate.community(post.getCommunityId());
    requireThreadVisible(em.find(DiscussionThread.class, post.getThreadId()), guarded);
    guarded.requirePost();
    if (!post.isVisible()) {
      throw new NotFoundException("post", postId);
    }
    int added =
        em.createNativeQuery(
                "insert into post_reaction (post_id, username, reacted_at) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, postId)
            .setParameter(2, gate.caller())
            .setParameter(3, timestamp(Instant.now()))
            .executeUpdate();
    return adjustLikes(post, added);
  }

  /** Takes a like back; returns the number of likes. */
  public int unlike(long postId) {
    Post post = findPost(postId);
    Guarded guarded = gate.community(post.getCommunityId());
    requireThreadVisible(em.find(DiscussionThread.class, post.getThreadId()), guarded);
    guarded.requireRead();
    int removed =
        em.createNativeQuery("delete from post_reaction where post_id = ?1 and username = ?2")
            .setParameter(1, postId)
            .setParameter(2, gate.caller())
            .executeUpdate();
    return adjustLikes(post, -removed);
  }

  private int adjustLikes(Post post, int delta) {
    if (delta == 0) {
      return post.getLikeCount();
    }
    // A counter update in SQL: concurrent likes of one post must not fail on its version.
    em.createNativeQuery("update post set like_count = greatest(like_count + ?1, 0) where id = ?2")
        .setParameter(1, delta)
        .setParameter(2, post.getId())
        .executeUpdate();
    return Math.max(0, post.getLikeCount() + delta);
  }

  /** The question's author or a moderator marks a reply as the accepted answer. */
  public void acceptAnswer(long threadId, long postId) {
    DiscussionThread thread = threadForUpdate(threadId);
    Guarded guarded = gate.community(thread.getCommunityId());
    requireThreadVisible(thread, guarded);
    if (!thread.getAuthor().equals(gate.caller()) && !guarded.access().canModerate()) {
      throw new NotPermittedException(
          "refusal.acceptOnlyAskerOrModerator",
          "Only the person who asked, or a moderator, accepts an answer.");
    }
    if (thread.getKind() != ThreadKind.QUESTION) {
      throw new NotPermittedException(
          "refusal.onlyQuestions", "Only questions have an accepted answer.");
    }
    Post answer = em.find(Post.class, postId);
    if (answer == null
        || answer.getThreadId() != threadId
        || !answer.isVisible()
        || answer.isOpening()) {
      throw new NotFoundException("post", postId);
    }
    if (Long.valueOf(postId).equals(thread.getAcceptedPostId())) {
      return;
    }
    thread.accept(answer);
    recordActivity("ANSWER_ACCEPTED", answer, Instant.now());
  }

  public void pinThread(long threadId, boolean pinned) {
    DiscussionThread thread = moderatedThread(threadId);
    if (thread.isPinned() != pinned) {
      thread.pin(pinned);
      auditThread(pinned ? AuditAction.THREAD_PINNED : AuditAction.THREAD_UNPINNED, thread, null);
    }
  }

  public void lockThread(long threadId, boolean locked, @Size(max = 500) String reason) {
    DiscussionThread thread = moderatedThread(threadId);
    if (thread.isLocked() != locked) {
      thread.lock(locked);
      auditThread(locked ? AuditAction.THREAD_LOCKED : AuditAction.THREAD_UNLOCKED, thread, reason);
    }
  }

  /** Follows a thread (notified of replies) or stops following it. */
  public void followThread(long threadId, boolean follow) {
    DiscussionThread thread = em.find(DiscussionThread.class, threadId);
    if (thread == null) {
      throw new NotFoundException("thread", threadId);
    }
    Guarded guarded = gate.community(thread.getCommunityId());
    requireThreadVisible(thread, guarded);
    guarded.requireRead();
    if (follow) {
      follow(threadId, gate.caller());
    } else {
      em.createNativeQuery("delete from thread_follower where thread_id = ?1 and username = ?2")
          .setParameter(1, threadId)
          .setParameter(2, gate.caller())
          .executeUpdate();
    }
  }

  private DiscussionThread moderatedThread(long threadId) {
    DiscussionThread thread = threadForUpdate(threadId);
    gate.community(thread.getCommunityId()).requireModerate();
    return thread;
  }

  private void auditThread(AuditAction action, DiscussionThread thread, String reason) {
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            action,
            "thread " + thread.getId(),
            null,
            "community " + thread.getCommunityId() + (reason == null ? "" : ": " + reason)));
  }

  private DiscussionThread threadForUpdate(long threadId) {
    DiscussionThread thread =
        em.find(DiscussionThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
    if (thread == null) {
      throw new NotFoundException("thread", threadId);
    }
    return thread;
  }

  private Post findPost(long postId) {
    Post post = em.find(Post.class, postId);
    if (post == null || post.getStatus() == PostStatus.DELETED) {
      throw new NotFoundException("post", postId);
    }
    return post;
  }

  /** Hidden threads exist for moderators only; everything in a community needs read access. */
  static void requireThreadVisible(DiscussionThread thread, Guarded guarded) {
    if (!guarded.access().canRead() || (thread.isHidden() && !guarded.access().canModerate())) {
      throw new NotFoundException("thread", thread.getId());
    }
  }

  private Set<String> notifyMentions(
      Community community, Post post, DiscussionThread thread, Set<String> alreadyMentioned) {
    Set<String> mentioned = new LinkedHashSet<>(Mentions.in(post.getBody()));
    mentioned.remove(post.getAuthor());
    if (mentioned.isEmpty()) {
      return mentioned;
    }
    List<String> allowed = readers.of(community.getId(), community.getVisibility(), mentioned);
    for (String username : allowed) {
      em.createNativeQuery(
              "insert into post_mention (post_id, username) values (?1, ?2) on conflict do nothing")
          .setParameter(1, post.getId())
          .setParameter(2, username)
          .executeUpdate();
    }
    List<String> fresh = new ArrayList<>(allowed);
    fresh.removeAll(alreadyMentioned);
    if (!fresh.isEmpty()) {
      notifications.send(
          new Notice(
              NotificationKind.MENTION, post.getAuthor(), fresh, thread.getTitle(), link(post)));
    }
    return new LinkedHashSet<>(allowed);
  }

  /**
   * Links the caller's unattached uploads of this community to the post, in one statement that
   * never loads the files' content. Anything else among the ids refuses the whole post.
   */
  private void attach(List<Long> attachmentIds, long communityId, Post post) {
    Set<Long> ids = new LinkedHashSet<>(attachmentIds);
    if (ids.isEmpty()) {
      return;
    }
    int linked =
        em.createQuery(
                "update Attachment a set a.postId = :post where a.id in :ids"
                    + " and a.uploadedBy = :me and a.communityId = :community and a.postId is null")
            .setParameter("post", post.getId())
            .setParameter("ids", ids)
            .setParameter("me", gate.caller())
            .setParameter("community", communityId)
            .executeUpdate();
    if (linked != ids.size()) {
      throw new RejectedInputException(
          "attachments", "refusal.notYourAttachment", "An attachment is not yours to attach.");
    }
  }

  private void follow(long threadId, String username) {
    em.createNativeQuery(
            "insert into thread_follower (thread_id, username) values (?1, ?2)"
                + " on conflict do nothing")
        .setParameter(1, threadId)
        .setParameter(2, username)
        .executeUpdate();
  }

  private void recordActivity(String kind, Post post, Instant at) {
    em.createNativeQuery(
            "insert into activity (kind, community_id, thread_id, post_id, actor, occurred_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, kind)
        .setParameter(2, post.getCommunityId())
        .setParameter(3, post.getThreadId())
        .setParameter(4, post.getId())
        .setParameter(5, kind.equals("ANSWER_ACCEPTED") ? gate.caller() : post.getAuthor())
        .setParameter(6, timestamp(at))
        .executeUpdate();
  }

  private Long earlierThread(String me, String requestId) {
    if (blankToNull(requestId) == null) {
      return null;
    }
    return em.createQuery(
            "select t.id from DiscussionThread t where t.author = :me and t.requestId = :rid",
            Long.class)
        .setParameter("me", me)
        .setParameter("rid", requestId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Long earlierPost(String me, String requestId) {
    if (blankToNull(requestId) == null) {
      return null;
    }
    return em.createQuery(
            "select p.id from Post p where p.author = :me and p.requestId = :rid", Long.class)
        .setParameter("me", me)
        .setParameter("rid", requestId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static String link(Post post) {
    return "/communities/thread.xhtml?id="
        + post.getThreadId()
        + "&post="
        + post.getId()
        + "#post-"
        + post.getId();
  }

  private static String sanitised(String body) {
    String clean = RichTextSanitizer.sanitize(body);
    if (!Mentions.hasContent(clean)) {
      throw new RejectedInputException("body", "refusal.writeSomething", "Write something first.");
    }
    if (clean.length() > Post.MAX_BODY) {
      throw new RejectedInputException("body", "refusal.textTooLong", "The text is too long.");
    }
    return clean;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
