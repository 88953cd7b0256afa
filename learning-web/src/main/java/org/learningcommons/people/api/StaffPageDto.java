package org.learningcommons.people.api;

import java.util.List;
import org.learningcommons.people.StaffSummary;
import org.learningcommons.shared.Page;

/** One page of the staff directory. {@code nextOffset} is null on the last page. */
public record StaffPageDto(
    List<StaffSummaryDto> items, long total, int offset, int limit, Integer nextOffset) {

  public record StaffSummaryDto(
      String username, String displayName, String department, String title, String email) {}

  static StaffPageDto of(Page<StaffSummary> page, int limit) {
    return new StaffPageDto(
        page.items().stream()
            .map(
                s ->
                    new StaffSummaryDto(
                        s.username(), s.displayName(), s.department(), s.title(), s.email()))
            .toList(),
        page.total(),
        page.offset(),
        limit,
        page.hasMore() ? page.offset() + page.items().size() : null);
  }
}
