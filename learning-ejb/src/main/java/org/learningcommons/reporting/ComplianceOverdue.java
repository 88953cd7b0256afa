package org.learningcommons.reporting;

import java.time.Instant;

/**
 * A requirement that is overdue.
 *
 * @param dueAt when it became overdue: the due date, or the expiry of an expired completion
 * @param daysOverdue whole days since then
 */
public record ComplianceOverdue(
    String username,
    String displayName,
    String department,
    String manager,
    long courseId,
    String title,
    Instant dueAt,
    long daysOverdue) {}
