package org.learningcommons.learning;

import java.io.Serializable;

/**
 * What HR says a rule is: the course, whom it is for, and when it is due. Checked by the use case,
 * field by field, so that each mistake comes back with its field.
 *
 * @param value the department, role, title or group; empty for EVERYONE
 * @param dueFrom ASSIGNMENT (default) or HIRE
 * @param active whether it assigns now (default true)
 */
public record RuleInput(
    Long courseId, RuleScope scope, String value, Integer dueDays, DueFrom dueFrom, Boolean active)
    implements Serializable {}
