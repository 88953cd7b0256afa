package org.learningcommons.learning;

import java.time.Instant;

/**
 * An assignment rule as HR's lists show it.
 *
 * @param assigned how many people the rule assigns now
 */
public record RuleView(
    long id,
    long courseId,
    String courseTitle,
    RuleScope scope,
    String value,
    int dueDays,
    DueFrom dueFrom,
    boolean active,
    long assigned,
    String updatedBy,
    Instant updatedAt) {}
