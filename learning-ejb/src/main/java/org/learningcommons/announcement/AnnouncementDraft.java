package org.learningcommons.announcement;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * What a publisher fills in. The audience is a union of its criteria (see {@link Audience}).
 *
 * @param body HTML as the editor sent it; sanitised before it is stored
 * @param publishAt null for now; a moment in the past also means now
 * @param expireAt null for never
 * @param acknowledgementDueAt only with {@code requiresAcknowledgement}; null for no due date
 * @param quiet publish without notifying the audience (corrections, reminders of little weight)
 * @param attachmentIds files the publisher uploaded for it ({@link AnnouncementAttachments}), at
 *     most {@link AnnouncementAttachments#MAX_PER_ANNOUNCEMENT}
 */
public record AnnouncementDraft(
    @NotNull String title,
    @NotNull String body,
    @NotNull Priority priority,
    boolean everyone,
    @NotNull Set<String> departments,
    @NotNull Set<Role> roles,
    @NotNull Set<Long> communityIds,
    @NotNull Set<String> managers,
    Instant publishAt,
    Instant expireAt,
    boolean pinned,
    boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    boolean quiet,
    @NotNull Set<Long> attachmentIds)
    implements Serializable {}
