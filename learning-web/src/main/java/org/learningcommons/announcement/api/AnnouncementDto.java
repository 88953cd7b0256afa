package org.learningcommons.announcement.api;

import java.time.Instant;
import org.learningcommons.announcement.AnnouncementView;

/** An announcement with the caller's receipt; {@code body} (sanitised HTML) only when read. */
public record AnnouncementDto(
    long id,
    String title,
    String body,
    String priority,
    String publishedBy,
    Instant publishAt,
    Instant expireAt,
    boolean pinned,
    boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    boolean read,
    boolean acknowledged,
    Instant acknowledgedAt) {

  static AnnouncementDto of(AnnouncementView v) {
    return new AnnouncementDto(
        v.id(),
        v.title(),
        v.body(),
        v.priority().name(),
        v.publishedBy(),
        v.publishAt(),
        v.expireAt(),
        v.pinned(),
        v.requiresAcknowledgement(),
        v.acknowledgementDueAt(),
        v.read(),
        v.acknowledged(),
        v.acknowledgedAt());
  }
}
