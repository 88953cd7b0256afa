package org.learningcommons.learning;

import jakarta.ejb.ApplicationException;
import org.learningcommons.community.RejectedInputException;

/**
 * The course's (or an attempt's) state refuses the step: publishing a retired course, submitting an
 * attempt a second time, saving over somebody else's change. The request was well formed; the API
 * answers 409.
 */
@ApplicationException(rollback = true)
public class CourseConflictException extends RejectedInputException {

  private static final long serialVersionUID = 1L;

  public CourseConflictException(String key, String message) {
    super("state", key, message);
  }
}
