package org.learningcommons.announcement.api;

import java.util.List;
import org.learningcommons.announcement.AnnouncementView;

/** One page of the caller's announcements. {@code nextOffset} is missing on the last page. */
public record AnnouncementPageDto(
    List<AnnouncementDto> items, long total, int offset, int limit, Integer nextOffset) {

  static AnnouncementPageDto of(List<AnnouncementView> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new AnnouncementPageDto(
        items.stream().map(AnnouncementDto::of).toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
