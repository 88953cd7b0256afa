package org.learningcommons.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;

/**
 * The history of sync runs, written in transactions of its own so that a run is visible while it
 * runs and its failure is recorded even though the sync's own transaction rolled back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRunLog {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject DirectorySyncRunRepository runs;
  @Inject AuditTrail audit;

  public long started(DirectorySyncRun.Trigger trigger, String actor, String node) {
    Instant now = Instant.now();
    DirectorySyncRun run = new DirectorySyncRun(trigger, actor, node, now);
    runs.add(run);
    em.flush();
    audit.record(
        new AuditEvent(
            now, actor, AuditAction.DIRECTORY_SYNC_STARTED, "directory", null, trigger.name()));
    return run.getId();
  }

  public SyncRunView succeeded(long runId, DirectoryReconciliation.Outcome outcome) {
    Instant now = Instant.now();
    DirectorySyncRun run = em.find(DirectorySyncRun.class, runId);
    run.succeeded(outcome, now);
    audit.record(
        new AuditEvent(
            now,
            run.getTriggeredBy(),
            AuditAction.DIRECTORY_SYNC_FINISHED,
            "directory",
            null,
            String.format(
                "created %d, updated %d, unchanged %d, deactivated %d",
                run.getCreated(), run.getUpdated(), run.getUnchanged(), run.getDeactivated())));
    return SyncRunView.of(run);
  }

  public SyncRunView failed(long runId, String reason) {
    Instant now = Instant.now();
    DirectorySyncRun run = em.find(DirectorySyncRun.class, runId);
    run.failed(reason, now);
    audit.record(
        new AuditEvent(
            now,
            run.getTriggeredBy(),
            AuditAction.DIRECTORY_SYNC_FAILED,
            "directory",
            null,
            reason));
    return SyncRunView.of(run);
  }
}
