package org.learningcommons.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Applies a directory listing to the profiles, in one transaction, one sync at a time. */
@Stateless
@PermitAll
public class DirectoryReconciler {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject StaffMemberRepository staff;

  /**
   * @param runId the run this reconciliation belongs to; runs still marked as running besides it
   *     were cut off (their node stopped) and are closed as failed, since holding the sync lock
   *     proves that nobody else is syncing
   */
  public DirectoryReconciliation.Outcome reconcile(List<DirectoryEntry> everyone, long runId) {
    Boolean alone =
        (Boolean)
            em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, DirectorySync.JOB)
                .getSingleResult();
    if (!Boolean.TRUE.equals(alone)) {
      throw new SyncAlreadyRunningException();
    }
    em.createQuery(
            "update DirectorySyncRun r set r.status = :failed, r.finishedAt = :now,"
                + " r.message = :message where r.status = :running and r.id <> :current")
        .setParameter("failed", DirectorySyncRun.Status.FAILED)
        .setParameter("running", DirectorySyncRun.Status.RUNNING)
        .setParameter("now", Instant.now())
        .setParameter("message", "Interrupted: the node stopped during the run")
        .setParameter("current", runId)
        .executeUpdate();
    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(staff.allByUsername(), everyone, Instant.now());
    outcome.newcomers().forEach(staff::add);
    return outcome;
  }
}
