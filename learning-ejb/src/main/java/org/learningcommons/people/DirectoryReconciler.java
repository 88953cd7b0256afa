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

  public DirectoryReconciliation.Outcome reconcile(List<DirectoryEntry> everyone) {
    Boolean alone =
        (Boolean)
            em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, DirectorySync.JOB)
                .getSingleResult();
    if (!Boolean.TRUE.equals(alone)) {
      throw new SyncAlreadyRunningException();
    }
    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(staff.allByUsername(), everyone, Instant.now());
    outcome.newcomers().forEach(staff::add);
    return outcome;
  }
}
