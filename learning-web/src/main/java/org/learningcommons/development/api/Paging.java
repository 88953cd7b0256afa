package org.learningcommons.development.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import org.learningcommons.shared.PageRequest;

/** Checked paging parameters. */
final class Paging {

  private Paging() {}

  static PageRequest page(String prefix, int offset, int limit) {
    return new PageRequest(
        inRange(prefix + "Offset", offset, 0, Integer.MAX_VALUE),
        inRange(prefix + "Limit", limit, 1, PageRequest.MAX_LIMIT));
  }

  static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }
}
