package org.learningcommons.discussion.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.discussion.ThreadSummary;

/**
 * One page of a community's threads: pinned first, then by latest activity. {@code nextOffset} is
 * missing on the last page.
 */
public record ThreadPageDto(
    List<ThreadSummaryDto> items, long total, int offset, int limit, Integer nextOffset) {

  public record ThreadSummaryDto(
      long id,
      String title,
      String kind,
      String author,
      String authorName,
      boolean pinned,
      boolean locked,
      boolean answered,
      int replyCount,
      Instant createdAt,
      Instant lastActivityAt,
      boolean unread) {

    static ThreadSummaryDto of(ThreadSummary t) {
      return new ThreadSummaryDto(
          t.id(),
          t.title(),
          t.kind().name(),
          t.author(),
          t.authorName(),
          t.pinned(),
          t.locked(),
          t.answered(),
          t.replyCount(),
          t.createdAt(),
          t.lastActivityAt(),
          t.unread());
    }
  }

  static ThreadPageDto of(List<ThreadSummary> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new ThreadPageDto(
        items.stream().map(ThreadSummaryDto::of).toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
