package org.learningcommons.article.api;

import java.util.List;

/** One page of a list. {@code nextOffset} is missing on the last page. */
public record PageDto<T>(List<T> items, long total, int offset, int limit, Integer nextOffset) {

  static <T> PageDto<T> of(List<T> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new PageDto<>(
        items, total, offset, limit, next < total && !items.isEmpty() ? next : null);
  }
}
