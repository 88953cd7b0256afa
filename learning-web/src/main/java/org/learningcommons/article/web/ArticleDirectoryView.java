package org.learningcommons.article.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleSearch;
import org.learningcommons.article.ArticleStatus;
import org.learningcommons.article.ArticleSummary;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The article list. The criteria are view parameters, so a search is a bookmarkable address ({@code
 * /articles/index.xhtml?q=…&category=…&tag=…&mine=true&status=draft}).
 */
@Named
@ViewScoped
public class ArticleDirectoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ArticleReading reading;

  private String q;
  private String category;
  private String tag;
  private boolean mine;
  private String status;
  private List<String> categories;
  private PagedDataModel<ArticleSummary> results;

  public void load() {
    categories = reading.categories();
    results =
        new PagedDataModel<>(
            () -> reading.count(criteria()), page -> reading.search(criteria(), page));
  }

  private ArticleSearch criteria() {
    return new ArticleSearch(q, category, tag, mine, mine ? statusChosen() : null);
  }

  /** Unknown statuses mean any: an old bookmark still opens. */
  private ArticleStatus statusChosen() {
    if (status != null) {
      for (ArticleStatus candidate : ArticleStatus.values()) {
        if (candidate.name().equalsIgnoreCase(status.strip())) {
          return candidate;
        }
      }
    }
    return null;
  }

  public String search() {
    ArticleStatus chosen = statusChosen();
    status = chosen == null ? null : chosen.name().toLowerCase(Locale.ROOT);
    return "/articles/index?faces-redirect=true&includeViewParams=true";
  }

  public List<String> getStatuses() {
    return List.of("draft", "in_review", "published");
  }

  public List<String> getCategories() {
    return categories;
  }

  public PagedDataModel<ArticleSummary> getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
