package org.learningcommons.learning;

import java.io.Serializable;

/** A published course to choose in a form (a rule's course, a course to enrol people on). */
public record CourseChoice(long id, String title) implements Serializable {}
