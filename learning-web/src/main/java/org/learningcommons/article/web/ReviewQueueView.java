package org.learningcommons.article.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleSummary;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.PagedDataModel;

/** The editors' queue: articles submitted for review, longest waiting first (HR, ADMIN). */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ArticleReading reading;
  @Inject CurrentUser user;
  @Inject Refusals refusals;

  private PagedDataModel<ArticleSummary> queue;

  public void load() {
    if (!user.isHr() && !user.isAdmin()) {
      refusals.forbidden();
      return;
    }
    queue =
        new PagedDataModel<>(() -> reading.countReviewQueue(), page -> reading.reviewQueue(page));
  }

  public PagedDataModel<ArticleSummary> getQueue() {
    return queue;
  }
}
