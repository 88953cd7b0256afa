package org.learningcommons.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** What taking a snapshot did: the month, how many (manager, department, course) rows it holds. */
public record ComplianceSnapshotRun(LocalDate month, int rows, Instant takenAt) {}
