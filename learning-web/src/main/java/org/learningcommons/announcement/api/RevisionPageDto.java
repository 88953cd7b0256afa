package org.learningcommons.announcement.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.announcement.RevisionView;

/**
 * One page of an announcement's history, the latest edit first: each item is the text before that
 * edit, who made it, when, and whether it was material and reset acknowledgements.
 */
public record RevisionPageDto(
    List<RevisionDto> items, long total, int offset, int limit, Integer nextOffset) {

  /** The text before one edit. */
  public record RevisionDto(
      long id,
      String title,
      String body,
      String editedBy,
      Instant editedAt,
      boolean material,
      boolean acknowledgementsReset) {}

  static RevisionPageDto of(List<RevisionView> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new RevisionPageDto(
        items.stream()
            .map(
                r ->
                    new RevisionDto(
                        r.id(),
                        r.title(),
                        r.body(),
                        r.editedBy(),
                        r.editedAt(),
                        r.material(),
                        r.acknowledgementsReset()))
            .toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
