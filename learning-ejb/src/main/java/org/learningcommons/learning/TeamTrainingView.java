package org.learningcommons.learning;

import java.time.Instant;

/**
 * One mandatory course of one person below the manager.
 *
 * @param dueAt their active enrolment's due date, or the assignment's
 */
public record TeamTrainingView(
    String username,
    String displayName,
    long courseId,
    String courseTitle,
    Instant dueAt,
    TrainingStatus status,
    Instant completedAt,
    Instant validUntil,
    Long enrolmentId) {}
