package org.learningcommons.learning;

/** A step the course's status does not allow, such as publishing a retired course. */
public class CourseStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CourseStatus status;

  public CourseStateException(CourseStatus status, String message) {
    super(message);
    this.status = status;
  }

  public CourseStatus getStatus() {
    return status;
  }
}
