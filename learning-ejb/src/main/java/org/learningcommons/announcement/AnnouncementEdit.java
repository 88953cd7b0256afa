package org.learningcommons.announcement;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;

/**
 * A publisher's changes to an announcement that is scheduled or showing. The audience and the
 * publication time stay: people have seen it (or were told when they will).
 *
 * @param body HTML as the editor sent it; sanitised before it is stored
 * @param expireAt null for never
 * @param acknowledgementDueAt only for announcements that ask for acknowledgement; null for none
 * @param acknowledgements required when the text of a showing announcement that asks for
 *     acknowledgement changes; otherwise ignored (null allowed)
 * @param version the version the editor started from (see {@link PublishedAnnouncement}), so that a
 *     change made meanwhile by somebody else is not overwritten; null to skip the check
 */
public record AnnouncementEdit(
    @NotNull String title,
    @NotNull String body,
    Instant expireAt,
    boolean pinned,
    Instant acknowledgementDueAt,
    AcknowledgementsOnEdit acknowledgements,
    Long version)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
