package org.learningcommons.infrastructure.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over one of the EJBs' paged queries. Filters and sorting are the
 * page bean's business (its criteria go into the query), so the table's own are ignored.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The paged query; serializable because the model lives in a view-scoped bean. */
  @FunctionalInterface
  public interface Query<T> extends Serializable {
    Page<T> fetch(PageRequest request);
  }

  private final Query<T> query;

  public PagedDataModel(Query<T> query) {
    this.query = query;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return toInt(query.fetch(new PageRequest(0, 1)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    Page<T> page = query.fetch(new PageRequest(Math.max(0, first), limit));
    // The total may have changed since count(): show the one that belongs to these rows.
    setRowCount(toInt(page.total()));
    return page.items();
  }

  private static int toInt(long total) {
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
