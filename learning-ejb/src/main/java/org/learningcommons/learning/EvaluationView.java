package org.learningcommons.learning;

import java.time.Instant;

/**
 * What one evaluation of the assignment rules did.
 *
 * @param people how many people it looked at
 * @param assigned new assignments
 * @param enrolled RULE enrolments it opened
 * @param removed assignments that no longer match (kept as history)
 * @param withdrawn open RULE enrolments it withdrew because no rule assigns the course any more
 * @param batches transactions it took
 * @param millis how long it took
 */
public record EvaluationView(
    Instant startedAt,
    int people,
    int assigned,
    int enrolled,
    int removed,
    int withdrawn,
    int batches,
    long millis) {

  public String summary() {
    return people
        + " people, "
        + assigned
        + " assigned, "
        + enrolled
        + " enrolled, "
        + removed
        + " removed, "
        + withdrawn
        + " withdrawn in "
        + batches
        + " batches, "
        + millis
        + " ms";
  }
}
