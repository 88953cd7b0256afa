package org.learningcommons.reporting;

/**
 * The headline figures of the compliance dashboard.
 *
 * @param figures required, compliant, overdue and the compliance percentage
 * @param expired requirements whose latest completion ran out (they are also overdue)
 * @param expiring30 valid completions that expire within 30 days
 * @param expiring60 within 60 days (including those within 30)
 * @param expiring90 within 90 days (including those within 60)
 */
public record ComplianceTotals(
    ComplianceFigures figures, long expired, long expiring30, long expiring60, long expiring90) {}
