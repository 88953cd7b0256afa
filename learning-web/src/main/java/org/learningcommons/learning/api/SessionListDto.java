package org.learningcommons.learning.api;

import java.util.List;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.shared.PageRequest;

/** One page of a session or booking list. {@code nextOffset} is missing on the last page. */
public record SessionListDto<T>(
    List<T> items, long total, int offset, int limit, Integer nextOffset) {

  static <T> SessionListDto<T> of(List<T> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new SessionListDto<>(
        items, total, offset, limit, next < total && !items.isEmpty() ? next : null);
  }

  /** The page the offset and limit parameters ask for; 400 for values out of range. */
  static PageRequest page(int offset, int limit) {
    return new PageRequest(
        InvalidParameterException.inRange("offset", offset, 0, Integer.MAX_VALUE),
        InvalidParameterException.inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }
}
