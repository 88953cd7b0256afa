package org.learningcommons.article.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.learningcommons.article.ArticleEditing;
import org.learningcommons.article.ArticleFeedback;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleView;
import org.learningcommons.article.CommentView;
import org.learningcommons.article.FlagView;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.shared.PageRequest;

/**
 * One article: its text and badge, helpful and flag, comments, and the steps the caller may take
 * (submit, approve, return, verify again, hand over). The EJBs decide; buttons only show what the
 * article's permissions allow.
 */
@Named
@ViewScoped
public class ArticlePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int FLAGS_SHOWN = 50;

  @EJB ArticleReading reading;
  @EJB ArticleEditing editing;
  @EJB ArticleFeedback feedback;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;

  private String id;
  private ArticleView article;
  private PagedDataModel<CommentView> comments;
  private List<FlagView> flags = List.of();
  private String comment;
  private String flagReason;
  private String returnComment;
  private LocalDate reviewBy;
  private String newOwner;

  public void load() {
    Long articleId = Refusals.id(id);
    if (articleId == null) {
      refusals.notFound();
      return;
    }
    try {
      refresh(articleId);
    } catch (NotFoundException e) {
      refusals.notFound();
      return;
    }
    comments =
        new PagedDataModel<>(
            () -> feedback.countComments(articleId), page -> feedback.comments(articleId, page));
  }

  private void refresh(long articleId) {
    article = reading.article(articleId);
    flags =
        article.may().seeFlags() && article.openFlags() > 0
            ? feedback.openFlags(articleId, new PageRequest(0, FLAGS_SHOWN))
            : List.of();
  }

  public void markHelpful() {
    if (refusals.attempt(() -> feedback.markHelpful(article.id()))) {
      refresh(article.id());
    }
  }

  public void flag() {
    if (refusals.attempt(
        () -> feedback.flag(article.id(), flagReason == null ? "" : flagReason),
        Map.of("reason", "flagForm:reason"))) {
      flagReason = null;
      messages.info("article.flagged");
      refresh(article.id());
    }
  }

  public void addComment() {
    if (refusals.attempt(
        () -> feedback.comment(article.id(), comment == null ? "" : comment),
        Map.of("body", "commentForm:comment"))) {
      comment = null;
      refresh(article.id());
    }
  }

  public String submit() {
    return step(() -> editing.submit(article.id()), "article.submitted");
  }

  public String approve() {
    return step(() -> editing.approve(article.id(), reviewByInstant()), "article.approved");
  }

  public String returnToAuthor() {
    return step(
        () -> editing.returnToAuthor(article.id(), returnComment == null ? "" : returnComment),
        "article.returned");
  }

  public String reverify() {
    return step(() -> editing.reverify(article.id(), reviewByInstant()), "article.reverified");
  }

  public String handOver() {
    return step(
        () -> editing.handOver(article.id(), newOwner == null ? "" : newOwner),
        "article.handedOver");
  }

  /** Runs a step and shows the article anew (post-redirect-get). */
  private String step(Refusals.Call call, String done) {
    if (!refusals.attempt(
        call,
        Map.of(
            "comment", "actions:returnComment",
            "reviewBy", "actions:reviewBy",
            "owner", "actions:newOwner"))) {
      return null;
    }
    messages.info(done);
    messages.keepForRedirect();
    return "/articles/article?faces-redirect=true&id=" + article.id();
  }

  /** The chosen day, at its start in the person's zone; null for the configured default. */
  private Instant reviewByInstant() {
    return reviewBy == null ? null : reviewBy.atStartOfDay(locale.getZone()).toInstant();
  }

  public LocalDate getTomorrow() {
    return LocalDate.now(locale.getZone()).plusDays(1);
  }

  public ArticleView getArticle() {
    return article;
  }

  public PagedDataModel<CommentView> getComments() {
    return comments;
  }

  public List<FlagView> getFlags() {
    return flags;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getFlagReason() {
    return flagReason;
  }

  public void setFlagReason(String flagReason) {
    this.flagReason = flagReason;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }

  public LocalDate getReviewBy() {
    return reviewBy;
  }

  public void setReviewBy(LocalDate reviewBy) {
    this.reviewBy = reviewBy;
  }

  public String getNewOwner() {
    return newOwner;
  }

  public void setNewOwner(String newOwner) {
    this.newOwner = newOwner;
  }
}
