package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.CourseCatalogue;
import org.learningcommons.learning.CourseFormat;
import org.learningcommons.learning.CourseQuery;
import org.learningcommons.learning.CourseViews.CourseSummary;

/**
 * The catalogue: search words, category, tag and format filter a lazy list of the courses the
 * caller may take; "my courses" lists the ones they own. The criteria are view parameters, so a
 * search is a bookmarkable address.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CourseCatalogue catalogue;

  private String q;
  private String category;
  private String tag;
  private String format;
  private boolean mine;
  private List<String> categories;
  private PagedDataModel<CourseSummary> results;

  public void load() {
    categories = catalogue.categories();
    results =
        new PagedDataModel<>(
            () -> catalogue.count(criteria()), page -> catalogue.list(criteria(), page));
  }

  private CourseQuery criteria() {
    return new CourseQuery(q, category, tag, formatChosen(), mine, null);
  }

  /** Unknown formats mean any: an old bookmark still opens. */
  private CourseFormat formatChosen() {
    return Arrays.stream(CourseFormat.values())
        .filter(f -> f.name().equals(format))
        .findFirst()
        .orElse(null);
  }

  /** The list re-queries with the criteria now in the form. */
  public void search() {
    // The lazy model reads the criteria when the table asks for rows.
  }

  public List<CourseFormat> getFormats() {
    return List.of(CourseFormat.values());
  }

  public List<String> getCategories() {
    return categories;
  }

  public PagedDataModel<CourseSummary> getResults() {
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

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
