package org.learningcommons.reporting;

import java.time.Instant;

/** A valid completion that expires soon; {@code daysLeft} in whole days. */
public record ComplianceExpiring(
    String username,
    String displayName,
    String department,
    String manager,
    long courseId,
    String title,
    Instant validUntil,
    long daysLeft) {}
