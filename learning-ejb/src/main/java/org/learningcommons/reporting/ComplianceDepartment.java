package org.learningcommons.reporting;

/** A department's compliance; {@code department} is null for people without one. */
public record ComplianceDepartment(String department, ComplianceFigures figures) {}
