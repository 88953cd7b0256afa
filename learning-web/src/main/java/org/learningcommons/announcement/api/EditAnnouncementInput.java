package org.learningcommons.announcement.api;

import java.time.Instant;
import java.util.Set;
import org.learningcommons.announcement.AcknowledgementsOnEdit;
import org.learningcommons.announcement.Announcement;
import org.learningcommons.announcement.AnnouncementEdit;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/**
 * The body of {@code PUT /announcements/{id}}: the announcement as it should read from now on. A
 * missing {@code expireAt} means it runs until taken down, a missing {@code pinned} unpinned.
 *
 * @param acknowledgements RESET (material change: everyone acknowledges again) or KEEP (a
 *     correction); required when the text of a showing announcement that asks for acknowledgement
 *     changes
 * @param version the {@code version} the client read; when given and somebody changed the
 *     announcement since, 409
 */
public record EditAnnouncementInput(
    String title,
    String body,
    Instant expireAt,
    Boolean pinned,
    Instant acknowledgementDueAt,
    String acknowledgements,
    Long version) {

  private static final Set<String> CHOICES = Set.of("RESET", "KEEP");

  AnnouncementEdit checkedEdit() {
    InvalidInputException.check()
        .required("title", title, Announcement.MAX_TITLE)
        .required("body", body, Announcement.MAX_BODY)
        .oneOf("acknowledgements", acknowledgements, false, CHOICES)
        .done();
    return new AnnouncementEdit(
        title,
        body,
        expireAt,
        Boolean.TRUE.equals(pinned),
        acknowledgementDueAt,
        acknowledgements == null ? null : AcknowledgementsOnEdit.valueOf(acknowledgements),
        version);
  }
}
