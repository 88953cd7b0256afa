package org.learningcommons.announcement.api;

import java.util.List;
import org.learningcommons.announcement.PendingPerson;

/**
 * One page of the people whose acknowledgement is missing (for an announcement that asks for none:
 * who has not read it), by department, then name. {@code nextOffset} is missing on the last page.
 */
public record PendingPageDto(
    List<PendingDto> items, long total, int offset, int limit, Integer nextOffset) {

  /** One person still missing; {@code read} says whether they at least opened it. */
  public record PendingDto(String username, String displayName, String department, boolean read) {}

  static PendingPageDto of(List<PendingPerson> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new PendingPageDto(
        items.stream()
            .map(p -> new PendingDto(p.username(), p.displayName(), p.department(), p.read()))
            .toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
