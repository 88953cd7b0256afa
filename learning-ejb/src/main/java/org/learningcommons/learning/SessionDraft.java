package org.learningcommons.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the course owner or HR types to schedule or change a classroom session. */
public record SessionDraft(
    @NotNull Instant startsAt,
    @NotNull Instant endsAt,
    @NotBlank @Size(max = ClassroomSession.MAX_PLACE) String place,
    @NotBlank @Size(max = 256) String trainer,
    @Min(1) @Max(ClassroomSession.MAX_CAPACITY) int capacity) {

  SessionPlan plan(String trainerUsername) {
    return new SessionPlan(startsAt, endsAt, place, trainerUsername, capacity);
  }
}
