package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunitySearch;
import org.learningcommons.community.CommunitySort;
import org.learningcommons.community.CommunitySummary;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * The community directory. The criteria are view parameters, so a search is a bookmarkable address
 * ({@code /communities/index.xhtml?q=…&category=…&tag=…&sort=members&mine=true}).
 */
@Named
@ViewScoped
public class CommunityDirectoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Communities communities;

  private String q;
  private String category;
  private String tag;
  private String sort;
  private boolean mine;
  private List<String> categories;
  private PagedDataModel<CommunitySummary> results;

  public void load() {
    categories = communities.categories();
    results =
        new PagedDataModel<>(
            () -> communities.countCommunities(criteria()),
            page -> communities.listCommunities(criteria(), page));
  }

  private CommunitySearch criteria() {
    return new CommunitySearch(q, category, tag, mine, order());
  }

  /** Unknown orders fall back to activity: an old bookmark still opens. */
  private CommunitySort order() {
    if (sort != null) {
      for (CommunitySort candidate : CommunitySort.values()) {
        if (candidate.name().equalsIgnoreCase(sort.strip())) {
          return candidate;
        }
      }
    }
    return CommunitySort.ACTIVITY;
  }

  /** Shows the result at its own address, so that it can be bookmarked and shared. */
  public String search() {
    sort = order().name().toLowerCase(Locale.ROOT);
    return "/communities/index?faces-redirect=true&includeViewParams=true";
  }

  public List<String> getSorts() {
    return List.of("activity", "members", "name");
  }

  public List<String> getCategories() {
    return categories;
  }

  public PagedDataModel<CommunitySummary> getResults() {
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

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
