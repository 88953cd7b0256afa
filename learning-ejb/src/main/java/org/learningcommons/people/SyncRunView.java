package org.learningcommons.people;

import java.io.Serializable;
import java.time.Instant;

/** A directory sync run as the administrators' page and the API show it. */
public record SyncRunView(
    long id,
    String trigger,
    String triggeredBy,
    String node,
    Instant startedAt,
    Instant finishedAt,
    String status,
    int created,
    int updated,
    int unchanged,
    int deactivated,
    String message)
    implements Serializable {

  static SyncRunView of(DirectorySyncRun run) {
    return new SyncRunView(
        run.getId(),
        run.getTrigger().name(),
        run.getTriggeredBy(),
        run.getNode(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getStatus().name(),
        run.getCreated(),
        run.getUpdated(),
        run.getUnchanged(),
        run.getDeactivated(),
        run.getMessage());
  }
}
