package org.learningcommons.article.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleView;
import org.learningcommons.article.VersionDiff;
import org.learningcommons.article.VersionView;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The versions of an article ({@code ?id=}) and one of them compared with the one before ({@code
 * &v=}, the newest by default).
 */
@Named
@ViewScoped
public class ArticleHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ArticleReading reading;
  @Inject Refusals refusals;

  private String id;
  private String v;
  private ArticleView article;
  private PagedDataModel<VersionView> versions;
  private VersionDiff diff;

  public void load() {
    Long articleId = Refusals.id(id);
    if (articleId == null) {
      refusals.notFound();
      return;
    }
    try {
      article = reading.article(articleId);
      versions =
          new PagedDataModel<>(
              () -> reading.countVersions(articleId), page -> reading.versions(articleId, page));
      Long chosen = Refusals.id(v);
      int number = chosen == null ? article.versionCount() : (int) Math.min(chosen, 1_000_000);
      diff = number > 0 ? reading.diff(articleId, number) : null;
    } catch (NotFoundException e) {
      refusals.notFound();
    }
  }

  public ArticleView getArticle() {
    return article;
  }

  public PagedDataModel<VersionView> getVersions() {
    return versions;
  }

  public VersionDiff getDiff() {
    return diff;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }
}
