package org.learningcommons.community.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.community.CommunitySummary;

/** One page of the community directory. {@code nextOffset} is missing on the last page. */
public record CommunityPageDto(
    List<CommunitySummaryDto> items, long total, int offset, int limit, Integer nextOffset) {

  /** A directory row; {@code unreadThreads} counts only in the caller's own communities. */
  public record CommunitySummaryDto(
      long id,
      String name,
      String description,
      String category,
      String visibility,
      List<String> tags,
      int memberCount,
      int threadCount,
      Instant lastActivityAt,
      boolean archived,
      String myStatus,
      String myRole,
      long unreadThreads) {

    static CommunitySummaryDto of(CommunitySummary s) {
      return new CommunitySummaryDto(
          s.id(),
          s.name(),
          s.description(),
          s.category(),
          s.visibility().name(),
          s.tags(),
          s.memberCount(),
          s.threadCount(),
          s.lastActivityAt(),
          s.archived(),
          s.myStatus() == null ? null : s.myStatus().name(),
          s.myRole() == null ? null : s.myRole().name(),
          s.unreadThreads());
    }
  }

  static CommunityPageDto of(List<CommunitySummary> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new CommunityPageDto(
        items.stream().map(CommunitySummaryDto::of).toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
