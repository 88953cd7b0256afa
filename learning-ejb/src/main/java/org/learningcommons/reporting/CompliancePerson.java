package org.learningcommons.reporting;

import java.time.Instant;

/**
 * One person of a team with their requirements.
 *
 * @param nextDue the earliest date one of their requirements falls due (a due date or expiry of one
 *     not met, the expiry of one met), or null
 */
public record CompliancePerson(
    String username,
    String displayName,
    String department,
    ComplianceFigures figures,
    Instant nextDue) {}
