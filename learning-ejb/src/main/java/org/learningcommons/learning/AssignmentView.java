package org.learningcommons.learning;

import java.time.Instant;

/**
 * One assignment a rule made, current or past.
 *
 * @param status ACTIVE or REMOVED
 * @param reason why it was removed: NO_LONGER_MATCHES, LEFT, RULE_CHANGED, RULE_INACTIVE,
 *     RULE_DELETED, COURSE_RETIRED; null while active
 */
public record AssignmentView(
    long id,
    String username,
    String displayName,
    Instant assignedAt,
    Instant dueAt,
    String status,
    Instant removedAt,
    String reason,
    Long enrolmentId) {}
