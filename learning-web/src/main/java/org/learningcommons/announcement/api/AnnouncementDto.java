package org.learningcommons.announcement.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.discussion.AttachmentView;

/**
 * An announcement with the caller's receipt; {@code body} (sanitised HTML) and {@code attachments}
 * only when read.
 */
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
    Instant acknowledgedAt,
    List<AttachmentDto> attachments) {

  /** A file of the announcement; {@code url} (relative to the application) downloads it. */
  public record AttachmentDto(
      long id, String fileName, String contentType, long sizeBytes, String url) {

    static AttachmentDto of(AttachmentView f) {
      return new AttachmentDto(
          f.id(), f.fileName(), f.contentType(), f.sizeBytes(), "/attachments/" + f.id());
    }
  }

  static AnnouncementDto of(AnnouncementView v) {
    return of(v, null);
  }

  static AnnouncementDto of(AnnouncementView v, List<AttachmentView> files) {
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
        v.acknowledgedAt(),
        files == null ? null : files.stream().map(AttachmentDto::of).toList());
  }
}
