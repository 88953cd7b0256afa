package org.learningcommons.announcement.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.announcement.PublishedAnnouncement;

/**
 * An announcement as its publisher sees it, with the figures of its audience now.
 *
 * @param phase SCHEDULED, ACTIVE, EXPIRED (or DRAFT after a scheduled one was withdrawn)
 * @param body sanitised HTML; only for a single announcement, not in lists
 * @param acknowledged people of the audience whose acknowledgement stands (given after the last
 *     material change)
 * @param version send it back with an edit to refuse overwriting somebody else's change (409)
 */
public record PublishedAnnouncementDto(
    long id,
    String title,
    String body,
    String priority,
    String publishedBy,
    Instant createdAt,
    Instant publishAt,
    Instant expireAt,
    String phase,
    boolean pinned,
    boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    Instant acknowledgementsResetAt,
    AudienceDto audienceCriteria,
    long audience,
    long read,
    long acknowledged,
    long version) {

  /** Whom it addresses: everyone, or the union of the listed criteria. */
  public record AudienceDto(
      boolean everyone,
      List<String> departments,
      List<String> roles,
      List<Long> communityIds,
      List<String> managers) {}

  static PublishedAnnouncementDto of(PublishedAnnouncement p) {
    return new PublishedAnnouncementDto(
        p.id(),
        p.title(),
        p.body(),
        p.priority().name(),
        p.publishedBy(),
        p.createdAt(),
        p.publishAt(),
        p.expireAt(),
        p.phase().name(),
        p.pinned(),
        p.requiresAcknowledgement(),
        p.acknowledgementDueAt(),
        p.acknowledgementsResetAt(),
        new AudienceDto(p.everyone(), p.departments(), p.roles(), p.communityIds(), p.managers()),
        p.audience(),
        p.read(),
        p.acknowledged(),
        p.version());
  }
}
