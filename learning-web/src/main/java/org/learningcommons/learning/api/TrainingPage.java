package org.learningcommons.learning.api;

import java.util.List;
import org.learningcommons.shared.Page;

/** One page of a mandatory-training list. {@code nextOffset} is missing on the last page. */
public record TrainingPage<T>(
    List<T> items, long total, int offset, int limit, Integer nextOffset) {

  static <T> TrainingPage<T> of(Page<T> page, int limit) {
    int next = page.offset() + page.items().size();
    return new TrainingPage<>(
        page.items(),
        page.total(),
        page.offset(),
        limit,
        next < page.total() && !page.items().isEmpty() ? next : null);
  }
}
