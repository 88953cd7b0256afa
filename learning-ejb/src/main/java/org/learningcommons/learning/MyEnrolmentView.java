package org.learningcommons.learning;

import java.time.Instant;

/**
 * One course on a person's "my learning" list: their latest enrolment on it (not withdrawn).
 *
 * @param mandatory whether a rule assigns the course to them now
 * @param status where they stand ({@link TrainingStatus#of})
 * @param progress per cent of the required lessons and quizzes done (100 once completed)
 * @param validUntil when their latest completion expires, or null
 * @param completionId their latest completion (its certificate), or null
 */
public record MyEnrolmentView(
    long enrolmentId,
    long courseId,
    String courseTitle,
    EnrolmentOrigin origin,
    EnrolmentStatus enrolmentStatus,
    Instant enrolledAt,
    Instant dueAt,
    boolean mandatory,
    TrainingStatus status,
    int progress,
    Instant completedAt,
    Instant validUntil,
    Long completionId) {}
