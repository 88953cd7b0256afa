package org.learningcommons.development;

/** A goal was asked to do what its status does not allow, such as editing an achieved goal. */
public class GoalStatusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final GoalStatus status;

  public GoalStatusException(GoalStatus status, String message) {
    super(message);
    this.status = status;
  }

  public GoalStatus status() {
    return status;
  }
}
