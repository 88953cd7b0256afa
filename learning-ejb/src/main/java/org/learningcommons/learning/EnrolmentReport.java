package org.learningcommons.learning;

import java.util.List;

/**
 * What a bulk enrolment did: who is on the course now, and who was skipped and why.
 *
 * @param enrolled people enrolled by this call
 * @param skipped people left out: UNKNOWN_PERSON (not in the directory), LEFT (no longer active),
 *     ALREADY_ENROLLED (their active enrolment stays; an earlier due date wins), DUPLICATE
 */
public record EnrolmentReport(long courseId, List<Enrolled> enrolled, List<Skipped> skipped) {

  public record Enrolled(String username, long enrolmentId) {}

  public record Skipped(String username, String reason, Long enrolmentId) {}
}
