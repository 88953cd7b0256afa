package org.learningcommons.reporting;

/** A course's compliance among the people in scope. */
public record ComplianceCourse(long courseId, String title, ComplianceFigures figures) {}
