package org.learningcommons.article;

import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * Writing articles and taking them through review: drafts by any member of staff, approval and
 * return by editors (HR and administrators), verification and hand-over by the owner.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ArticleEditing {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ArticleGate gate;
  @EJB NotificationCentre notifications;
  @Inject AuditTrail audit;
  @Inject ArticleSettings settings;

  /**
   * Starts a draft, owned by the caller.
   *
   * @return the new article's id
   */
  public long create(@NotNull @Valid ArticleDraft draft) {
    String body = RichTextSanitizer.sanitize(draft.body());
    Article article =
        written(
            () ->
                new Article(
                    draft.title(),
                    body,
                    ArticleText.of(body),
                    draft.category(),
                    draft.tags(),
                    gate.caller(),
                    Instant.now()));
    em.persist(article);
    em.flush();
    return article.getId();
  }

  /**
   * Replaces the text of a draft, or drafts a revision of a published article (readers keep the
   * published text until an editor approves the revision); only its author and owner edit it.
   */
  public void update(long id, @NotNull @Valid ArticleDraft draft) {
    Article article = writable(id);
    String body = RichTextSanitizer.sanitize(draft.body());
    written(
        () -> {
          article.rewrite(
              draft.title(),
              body,
              ArticleText.of(body),
              draft.category(),
              draft.tags(),
              Instant.now());
          return article;
        });
  }

  /**
   * Hands the draft (or the revision of a published article) to the editors, keeping its text as
   * the next version; editors hear of it.
   */
  public void submit(long id) {
    Article article = writable(id);
    Instant now = Instant.now();
    int number = inState(() -> article.submit(now));
    em.persist(new ArticleVersion(article, number, gate.caller(), now));
    notifications.send(
        new Notice(
            NotificationKind.ARTICLE_SUBMITTED,
            gate.caller(),
            editors(),
            article.getWorkingTitle(),
            ArticleReading.link(id)));
  }

  /**
   * Publishes the submitted text (editors only, never the author). Audited; the author hears.
   *
   * @param reviewBy until when it counts as verified; null for the configured period from now
   */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public void approve(long id, Instant reviewBy) {
    Article article = gate.articleForUpdate(id);
    Instant now = Instant.now();
    String me = gate.caller();
    Instant until = reviewBy == null ? settings.defaultReviewBy(now) : reviewBy;
    try {
      inState(
          () -> {
            article.approve(me, until, now);
            return null;
          });
    } catch (SelfApprovalException e) {
      throw new NotPermittedException("refusal.article.selfApproval", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("reviewBy", "refusal.article.reviewBy", e.getMessage());
    }
    audit.record(
        new AuditEvent(
            now, me, AuditAction.ARTICLE_APPROVED, "article " + id, null, article.getTitle()));
    notifications.send(
        new Notice(
            NotificationKind.ARTICLE_APPROVED,
            me,
            List.of(article.getAuthor()),
            article.getTitle(),
            ArticleReading.link(id)));
  }

  /** Sends the submitted text back to its author with what to change (editors only). Audited. */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public void returnToAuthor(long id, String comment) {
    Article article = gate.articleForUpdate(id);
    Instant now = Instant.now();
    String me = gate.caller();
    try {
      inState(
          () -> {
            article.returnToAuthor(me, comment, now);
            return null;
          });
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("comment", "refusal.article.returnComment", e.getMessage());
    }
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.ARTICLE_RETURNED,
            "article " + id,
            null,
            article.getTitle() + ": " + article.getReturnComment()));
    notifications.send(
        new Notice(
            NotificationKind.ARTICLE_RETURNED,
            me,
            List.of(article.getAuthor()),
            article.getTitle(),
            ArticleReading.link(id)));
  }

  /**
   * The owner (or an editor) vouches for the article again and resolves its open flags.
   *
   * @param reviewBy null for the configured period from now
   */
  public void reverify(long id, Instant reviewBy) {
    Article article = gate.articleForUpdate(id);
    String me = gate.caller();
    if (!article.getOwner().equals(me) && !gate.callerIsEditor()) {
      throw new NotPermittedException(
          "refusal.article.notOwner", "Only the owner of the article or an editor verifies it.");
    }
    Instant now = Instant.now();
    Instant until = reviewBy == null ? settings.defaultReviewBy(now) : reviewBy;
    try {
      inState(
          () -> {
            article.reverify(me, until, now);
            return null;
          });
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("reviewBy", "refusal.article.reviewBy", e.getMessage());
    }
    em.createNativeQuery(
            "update article_flag set resolved_at = ?1, resolved_by = ?2"
                + " where article_id = ?3 and resolved_at is null")
        .setParameter(1, timestamp(now))
        .setParameter(2, me)
        .setParameter(3, id)
        .executeUpdate();
  }

  /** Makes another active member of staff the owner (the owner or an editor). Audited. */
  public void handOver(long id, @NotNull String newOwner) {
    Article article = gate.articleForUpdate(id);
    String me = gate.caller();
    if (!article.getOwner().equals(me) && !gate.callerIsEditor()) {
      throw new NotPermittedException(
          "refusal.article.notOwner", "Only the owner of the article or an editor hands it over.");
    }
    String username = newOwner.strip().toLowerCase(Locale.ROOT);
    boolean active =
        !em.createNativeQuery("select 1 from staff_member where username = ?1 and active")
            .setParameter(1, username)
            .getResultList()
            .isEmpty();
    if (!active) {
      throw new RejectedInputException(
          "owner",
          "refusal.article.ownerUnknown",
          "There is no active member of staff " + username);
    }
    String previous = article.getOwner();
    if (previous.equals(username)) {
      return;
    }
    article.handOver(username);
    audit.record(
        new AuditEvent(
            Instant.now(),
            me,
            AuditAction.ARTICLE_OWNER_CHANGED,
            "article " + id,
            null,
            previous + " -> " + username));
  }

  /** The active staff with a stored HR or ADMIN role. */
  private List<String> editors() {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select distinct s.username from staff_member s"
                    + " join staff_member_role r on r.staff_member_id = s.id"
                    + " where r.role in ('HR', 'ADMIN') and s.active")
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  /** The article for a change of its text: the author's or the owner's. */
  private Article writable(long id) {
    Article article = gate.articleForUpdate(id);
    if (!article.isWrittenOrOwnedBy(gate.caller())) {
      throw new NotPermittedException(
          "refusal.article.notAuthor", "Only the author or the owner of the article changes it.");
    }
    return article;
  }

  private interface Step<T> {
    T run();
  }

  /** Runs a step of the flow; a step out of order is a conflict with the article's status. */
  private static <T> T inState(Step<T> step) {
    try {
      return step.run();
    } catch (SelfApprovalException e) {
      throw e;
    } catch (ArticleStateException e) {
      throw new ArticleConflictException(e.getMessage() + ".");
    }
  }

  /** Runs a change of the text; a broken rule names the field it is about. */
  private static Article written(Step<Article> step) {
    try {
      return inState(step);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      String field =
          message.startsWith("title")
              ? "title"
              : message.startsWith("body")
                  ? "body"
                  : message.startsWith("category") ? "category" : "tags";
      throw new RejectedInputException(field, "refusal.article." + field, message);
    }
  }
}
