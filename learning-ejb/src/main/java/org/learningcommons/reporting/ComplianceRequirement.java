package org.learningcommons.reporting;

import java.time.Instant;
import org.learningcommons.learning.TrainingStatus;

/**
 * One course a person must do, and where they stand.
 *
 * @param compliant whether the requirement is met (COMPLETED or EXPIRING)
 * @param overdue whether it is not met and its due date passed or its completion expired
 */
public record ComplianceRequirement(
    long courseId,
    String title,
    Instant dueAt,
    TrainingStatus status,
    boolean compliant,
    boolean overdue,
    Instant completedAt,
    Instant validUntil) {}
