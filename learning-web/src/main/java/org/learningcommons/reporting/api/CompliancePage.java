package org.learningcommons.reporting.api;

import java.util.List;
import org.learningcommons.shared.Page;

/** One page of a compliance list; {@code nextOffset} is missing on the last page. */
public record CompliancePage<T>(
    List<T> items, long total, int offset, int limit, Integer nextOffset) {

  static <T> CompliancePage<T> of(Page<T> page, int limit) {
    int next = page.offset() + page.items().size();
    return new CompliancePage<>(
        page.items(),
        page.total(),
        page.offset(),
        limit,
        next < page.total() && !page.items().isEmpty() ? next : null);
  }
}
