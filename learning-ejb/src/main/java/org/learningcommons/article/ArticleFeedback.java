package org.learningcommons.article;

import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.discussion.Excerpts;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * What readers say about a published article: comments, helpful marks and out-of-date flags. The
 * owner hears of comments and flags, and sees the open flags until verifying the article again.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ArticleFeedback {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ArticleGate gate;
  @EJB NotificationCentre notifications;

  public long countComments(long id) {
    return gate.article(id).getCommentCount();
  }

  /** Comments, oldest first (the newest last, as in a conversation). */
  public List<CommentView> comments(long id, @NotNull PageRequest page) {
    gate.article(id);
    List<ArticleComment> comments =
        em.createQuery(
                "select c from ArticleComment c where c.articleId = :id order by c.id",
                ArticleComment.class)
            .setParameter("id", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    Map<String, String> names = gate.names(comments.stream().map(c -> c.getAuthor()).toList());
    return comments.stream()
        .map(
            c ->
                new CommentView(
                    c.getId(),
                    c.getAuthor(),
                    names.getOrDefault(c.getAuthor(), c.getAuthor()),
                    c.getBody(),
                    c.getCreatedAt()))
        .toList();
  }

  /**
   * Comments on a published article; the owner hears of it.
   *
   * @return the comment's id
   */
  public long comment(long id, @NotNull String body) {
    Article article = gate.article(id);
    String me = gate.caller();
    String clean = RichTextSanitizer.sanitize(body);
    if (Excerpts.of(clean, 10).isBlank()) {
      throw new RejectedInputException(
          "body", "refusal.article.commentBlank", "The comment must not be empty.");
    }
    ArticleComment comment;
    try {
      comment = new ArticleComment(article, me, clean, Instant.now());
    } catch (ArticleStateException e) {
      throw new ArticleConflictException(e.getMessage() + ".");
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("body", "refusal.article.commentLong", e.getMessage());
    }
    em.persist(comment);
    em.createNativeQuery("update article set comment_count = comment_count + 1 where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.flush();
    notifications.send(
        new Notice(
            NotificationKind.ARTICLE_COMMENT,
            me,
            List.of(article.getOwner()),
            article.getTitle(),
            ArticleReading.link(id) + "#comment-" + comment.getId()));
    return comment.getId();
  }

  /** Marks a published article helpful to the caller; a person counts once. */
  public HelpfulView markHelpful(long id) {
    Article article = gate.article(id);
    if (!article.isPublished()) {
      throw new ArticleConflictException("Only a published article is marked helpful.");
    }
    int added =
        em.createNativeQuery(
                "insert into article_helpful (article_id, username, created_at)"
                    + " values (?1, ?2, ?3) on conflict (article_id, username) do nothing")
            .setParameter(1, id)
            .setParameter(2, gate.caller())
            .setParameter(3, timestamp(Instant.now()))
            .executeUpdate();
    if (added == 1) {
      em.createNativeQuery("update article set helpful_count = helpful_count + 1 where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    int count =
        intValue(
            em.createNativeQuery("select helpful_count from article where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    return new HelpfulView(id, count, added == 1);
  }

  /**
   * Flags a published article as out of date; the owner hears of it and sees the reason.
   *
   * @return the flag's id
   */
  public long flag(long id, @NotNull String reason) {
    Article article = gate.article(id);
    String me = gate.caller();
    ArticleFlag flag;
    try {
      flag = new ArticleFlag(article, me, reason, Instant.now());
    } catch (ArticleStateException e) {
      throw new ArticleConflictException(e.getMessage() + ".");
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException("reason", "refusal.article.flagReason", e.getMessage());
    }
    em.persist(flag);
    em.flush();
    notifications.send(
        new Notice(
            NotificationKind.ARTICLE_FLAGGED,
            me,
            List.of(article.getOwner()),
            article.getTitle(),
            ArticleReading.link(id)));
    return flag.getId();
  }

  /** The out-of-date flags waiting for the owner, oldest first (owner and editors). */
  public List<FlagView> openFlags(long id, @NotNull PageRequest page) {
    Article article = gate.article(id);
    if (!article.getOwner().equals(gate.caller()) && !gate.callerIsEditor()) {
      throw new NotPermittedException(
          "refusal.article.notOwner", "Only the owner of the article or an editor sees its flags.");
    }
    List<ArticleFlag> flags =
        em.createQuery(
                "select f from ArticleFlag f where f.articleId = :id and f.resolvedAt is null"
                    + " order by f.id",
                ArticleFlag.class)
            .setParameter("id", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    var names = gate.names(flags.stream().map(ArticleFlag::getFlaggedBy).toList());
    return flags.stream()
        .map(
            f ->
                new FlagView(
                    f.getId(),
                    f.getFlaggedBy(),
                    names.getOrDefault(f.getFlaggedBy(), f.getFlaggedBy()),
                    f.getReason(),
                    f.getCreatedAt()))
        .toList();
  }
}
