package org.learningcommons.announcement;

import java.time.Instant;

/**
 * An announcement as a person of its audience sees it, with their own receipt.
 *
 * @param body sanitised HTML; null in lists, which show titles only
 * @param acknowledged whether the caller's acknowledgement stands (not reset by a material edit)
 */
public record AnnouncementView(
    long id,
    String title,
    String body,
    Priority priority,
    String publishedBy,
    Instant publishAt,
    Instant expireAt,
    boolean pinned,
    boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    boolean read,
    boolean acknowledged,
    Instant acknowledgedAt) {}
