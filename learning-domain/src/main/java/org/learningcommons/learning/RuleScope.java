package org.learningcommons.learning;

/** Whom an assignment rule makes a course mandatory for. */
public enum RuleScope {
  /** Every active member of staff. */
  EVERYONE,
  /** People in a department (the directory's department, any case). */
  DEPARTMENT,
  /** People with an application role (STAFF, MANAGER, HR, ADMIN) at their last sign-in. */
  ROLE,
  /** People with a job title (any case). */
  TITLE,
  /** Members of a directory group, named by its DN or its name (any case). */
  GROUP;

  /** Whether a rule of this scope needs a value to match on. */
  public boolean needsValue() {
    return this != EVERYONE;
  }
}
