package org.learningcommons.development.api;

import java.util.List;
import java.util.function.Function;
import org.learningcommons.shared.Page;

/** One page of a list. {@code nextOffset} is missing on the last page. */
public record PageDto<T>(List<T> items, long total, int offset, int limit, Integer nextOffset) {

  static <V, T> PageDto<T> of(Page<V> page, int limit, Function<V, T> dto) {
    List<T> items = page.items().stream().map(dto).toList();
    int next = page.offset() + items.size();
    return new PageDto<>(
        items,
        page.total(),
        page.offset(),
        limit,
        next < page.total() && !items.isEmpty() ? next : null);
  }
}
