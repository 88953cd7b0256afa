package org.learningcommons.announcement.api;

import java.util.List;
import org.learningcommons.announcement.PublishedAnnouncement;

/** One page of the caller's published announcements. {@code nextOffset} is missing on the last. */
public record PublishedPageDto(
    List<PublishedAnnouncementDto> items, long total, int offset, int limit, Integer nextOffset) {

  static PublishedPageDto of(List<PublishedAnnouncement> items, long total, int offset, int limit) {
    int next = offset + items.size();
    return new PublishedPageDto(
        items.stream().map(PublishedAnnouncementDto::of).toList(),
        total,
        offset,
        limit,
        next < total && !items.isEmpty() ? next : null);
  }
}
