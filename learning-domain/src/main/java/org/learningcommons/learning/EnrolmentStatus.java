package org.learningcommons.learning;

/** An enrolment is active until it is completed or withdrawn; both end it for good. */
public enum EnrolmentStatus {
  ACTIVE,
  COMPLETED,
  WITHDRAWN
}
