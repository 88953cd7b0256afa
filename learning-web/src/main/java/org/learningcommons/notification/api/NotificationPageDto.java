package org.learningcommons.notification.api;

import java.util.List;
import org.learningcommons.notification.NotificationView;
import org.learningcommons.shared.Page;

/** One page of my notifications, newest first. {@code nextOffset} is null on the last page. */
public record NotificationPageDto(
    List<NotificationView> items,
    long total,
    long unread,
    int offset,
    int limit,
    Integer nextOffset) {

  static NotificationPageDto of(Page<NotificationView> page, long unread, int limit) {
    return new NotificationPageDto(
        page.items(),
        page.total(),
        unread,
        page.offset(),
        limit,
        page.hasMore() ? page.offset() + page.items().size() : null);
  }
}
