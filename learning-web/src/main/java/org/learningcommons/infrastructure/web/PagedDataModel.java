package org.learningcommons.infrastructure.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
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

  /** How many rows there are; serializable because the model lives in a view-scoped bean. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** One page of rows. */
  @FunctionalInterface
  public interface Rows<T> extends Serializable {
    List<T> fetch(PageRequest request);
  }

  private final Count count;
  private final Rows<T> rows;

  public PagedDataModel(Count count, Rows<T> rows) {
    this.count = count;
    this.rows = rows;
  }

  /** PrimeFaces asks this once before every {@link #load}: one count query, then one page. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(count.count(), Integer.MAX_VALUE);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    return rows.fetch(new PageRequest(Math.max(0, first), limit));
  }
}
