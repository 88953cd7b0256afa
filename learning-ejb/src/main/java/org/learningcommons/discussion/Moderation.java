package org.learningcommons.discussion;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.CommunityGate;
import org.learningcommons.community.Guarded;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * Reports and what moderators do about them: hide, restore, delete, dismiss. Every action is in the
 * audit trail with who and why, and the author and reporters hear the outcome.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Moderation {

  private static final String REASON_REQUIRED = "Say why, for the audit trail.";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;
  @Inject Discussions discussions;
  @Inject NotificationCentre notifications;
  @Inject AuditTrail audit;

  /** Asks the community's moderators to look at a post; reporting twice changes nothing. */
  public void reportPost(
      long postId,
      @NotBlank(message = "Say what is wrong with the post.")
          @Size(max = PostReport.MAX_REASON, message = "The reason is too long (at most 1000).")
          String reason) {
    Post post = em.find(Post.class, postId);
    if (post == null || !post.isVisible()) {
      throw new NotFoundException("post", postId);
    }
    Guarded guarded = gate.community(post.getCommunityId());
    Discussions.requireThreadVisible(em.find(DiscussionThread.class, post.getThreadId()), guarded);
    String me = gate.caller();
    boolean open =
        !em.createQuery(
                "select r.id from PostReport r where r.postId = :p and r.reporter = :me"
                    + " and r.status = :open",
                Long.class)
            .setParameter("p", postId)
            .setParameter("me", me)
            .setParameter("open", PostReport.Status.OPEN)
            .getResultList()
            .isEmpty();
    if (open) {
      return;
    }
    PostReport report = new PostReport(post, me, reason, Instant.now());
    em.persist(report);
    em.flush();
    audit.record(
        new AuditEvent(
            Instant.now(), me, AuditAction.POST_REPORTED, "post " + postId, null, reason));
  }

  /** Open reports of one community (its moderators), or of all communities (administrators). */
  public long countOpenReports(Long communityId) {
    requireQueue(communityId);
    return em.createQuery(
            "select count(r) from PostReport r where r.status = :open"
                + (communityId == null ? "" : " and r.communityId = :c"),
            Long.class)
        .setParameter("open", PostReport.Status.OPEN)
        .setParameter("c", communityId)
        .getSingleResult();
  }

  public List<ReportView> listOpenReports(Long communityId, PageRequest page) {
    requireQueue(communityId);
    return em.createQuery(
            "select new org.learningcommons.discussion.ReportView(r.id, p.id, t.id, t.title,"
                + " c.id, c.name, p.author, p.body, p.status, r.reporter, r.reason, r.reportedAt)"
                + " from PostReport r, Post p, DiscussionThread t, Community c"
                + " where p.id = r.postId and t.id = p.threadId and c.id = r.communityId"
                + " and r.status = :open"
                + (communityId == null ? "" : " and r.communityId = :c")
                + " order by r.reportedAt, r.id",
            ReportView.class)
        .setParameter("open", PostReport.Status.OPEN)
        .setParameter("c", communityId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /** Hides a post from everybody but moderators; its open reports are resolved. */
  public void hidePost(
      long postId, @NotBlank(message = REASON_REQUIRED) @Size(max = 1000) String reason) {
    Moderated m = moderated(postId);
    if (m.post.getStatus() != PostStatus.VISIBLE) {
      return;
    }
    m.post.hide();
    if (m.post.isOpening()) {
      m.thread.hide(true);
    } else {
      m.thread.replyRemoved();
    }
    conclude(m, AuditAction.POST_HIDDEN, reason, "hidden");
  }

  /** Shows a hidden post again. */
  public void restorePost(
      long postId, @NotBlank(message = REASON_REQUIRED) @Size(max = 1000) String reason) {
    Moderated m = moderated(postId);
    if (m.post.getStatus() != PostStatus.HIDDEN) {
      return;
    }
    m.post.restore();
    if (m.post.isOpening()) {
      m.thread.hide(false);
    } else {
      m.thread.replied(m.post.getCreatedAt());
    }
    conclude(m, AuditAction.POST_RESTORED, reason, "restored");
  }

  /** Deletes a post for good (its text stays in the database for the audit, shown to nobody). */
  public void deletePost(
      long postId, @NotBlank(message = REASON_REQUIRED) @Size(max = 1000) String reason) {
    Moderated m = moderated(postId);
    if (m.post.getStatus() == PostStatus.DELETED) {
      return;
    }
    if (m.post.getStatus() == PostStatus.HIDDEN && !m.post.isOpening()) {
      // Hiding already took it out of the reply count.
      m.thread.replied(m.post.getCreatedAt());
    }
    discussions.removeFromThread(m.post, m.thread);
    conclude(m, AuditAction.POST_DELETED, reason, "deleted");
  }

  /** Closes a report without acting on the post. */
  public void dismissReport(
      long reportId, @NotBlank(message = REASON_REQUIRED) @Size(max = 1000) String reason) {
    PostReport report = em.find(PostReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
    if (report == null) {
      throw new NotFoundException("report", reportId);
    }
    Guarded guarded = gate.community(report.getCommunityId()).requireModerate();
    if (report.getStatus() != PostReport.Status.OPEN) {
      return;
    }
    report.resolve(gate.caller(), "dismissed: " + reason, Instant.now());
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.REPORT_DISMISSED,
            "post " + report.getPostId(),
            null,
            reason));
    DiscussionThread thread =
        em.find(DiscussionThread.class, em.find(Post.class, report.getPostId()).getThreadId());
    notifications.send(
        new Notice(
            NotificationKind.MODERATION_OUTCOME,
            gate.caller(),
            List.of(report.getReporter()),
            thread.getTitle() + " (" + guarded.community().getName() + "): report dismissed",
            "/communities/thread.xhtml?id=" + thread.getId()));
  }

  private record Moderated(Post post, DiscussionThread thread, Guarded guarded) {}

  private Moderated moderated(long postId) {
    Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
    if (post == null) {
      throw new NotFoundException("post", postId);
    }
    DiscussionThread thread =
        em.find(DiscussionThread.class, post.getThreadId(), LockModeType.PESSIMISTIC_WRITE);
    Guarded guarded = gate.community(post.getCommunityId());
    if (!guarded.access().canRead()) {
      throw new NotFoundException("post", postId);
    }
    guarded.requireModerate();
    return new Moderated(post, thread, guarded);
  }

  private void conclude(Moderated m, AuditAction action, String reason, String outcome) {
    Instant now = Instant.now();
    String me = gate.caller();
    List<PostReport> reports =
        em.createQuery(
                "select r from PostReport r where r.postId = :p and r.status = :open",
                PostReport.class)
            .setParameter("p", m.post.getId())
            .setParameter("open", PostReport.Status.OPEN)
            .getResultList();
    Set<String> reporters = new LinkedHashSet<>();
    for (PostReport report : reports) {
      report.resolve(me, outcome + ": " + reason, now);
      reporters.add(report.getReporter());
    }
    audit.record(
        new AuditEvent(
            now,
            me,
            action,
            "post " + m.post.getId(),
            null,
            "community "
                + m.post.getCommunityId()
                + ", author "
                + m.post.getAuthor()
                + ": "
                + reason));
    String subject =
        m.thread.getTitle() + " (" + m.guarded.community().getName() + "): post " + outcome;
    String link = "/communities/thread.xhtml?id=" + m.thread.getId();
    List<String> recipients = new ArrayList<>(reporters);
    recipients.add(m.post.getAuthor());
    notifications.send(
        new Notice(NotificationKind.MODERATION_OUTCOME, me, recipients, subject, link));
  }

  private void requireQueue(Long communityId) {
    if (communityId == null) {
      if (!gate.callerIsAdministrator()) {
        throw new EJBAccessException("The global moderation queue is for administrators.");
      }
    } else {
      gate.community(communityId).requireModerate();
    }
  }
}
