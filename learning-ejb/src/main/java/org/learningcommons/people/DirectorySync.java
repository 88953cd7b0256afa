package org.learningcommons.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.infrastructure.persistence.JobLeases;

/**
 * The directory sync: reads everybody from the directory (outside any transaction), then reconciles
 * the profiles in one transaction, and records the run in its own history. Scheduled runs take a
 * cluster-wide lease first so that one node runs per interval; administrators can run it at any
 * time.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySync {

  static final String JOB = "directory-sync";
  private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject CorporateDirectory directory;
  @Inject DirectorySyncSettings settings;
  @Inject DirectorySyncRunRepository runs;
  @EJB JobLeases leases;
  @EJB DirectoryReconciler reconciler;
  @EJB SyncRunLog log;
  @Resource SessionContext context;
  @Inject Event<DirectorySynced> synced;

  /**
   * Called by every node's timers (at startup and then every interval); does the work on the node
   * that gets this interval's lease.
   */
  @PermitAll
  public void runScheduled(DirectorySyncRun.Trigger trigger) {
    Duration lease = settings.interval().minusSeconds(30);
    if (leases.claim(JOB, lease, NODE)) {
      run(trigger, null);
    }
  }

  /** "Sync now" on the administrators' page and in the API. */
  @RolesAllowed(Role.Names.ADMIN)
  public SyncRunView syncNow() {
    return run(DirectorySyncRun.Trigger.MANUAL, context.getCallerPrincipal().getName());
  }

  @RolesAllowed(Role.Names.ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SyncRunView> recentRuns(int limit) {
    return runs.recent(Math.max(1, Math.min(limit, 100))).stream().map(SyncRunView::of).toList();
  }

  private SyncRunView run(DirectorySyncRun.Trigger trigger, String actor) {
    long runId = log.started(trigger, actor, NODE);
    try {
      List<DirectoryEntry> everyone = directory.everyone();
      DirectoryReconciliation.Outcome outcome = reconciler.reconcile(everyone, runId);
      SyncRunView view = log.succeeded(runId, outcome);
      announce(runId);
      return view;
    } catch (RuntimeException e) {
      Throwable cause = rootCause(e);
      LOG.log(Level.WARNING, "Directory sync failed: " + cause.getMessage(), cause);
      return log.failed(runId, cause.getMessage());
    }
  }

  /** Tells the observers; their failure is theirs, never the sync's. */
  private void announce(long runId) {
    try {
      synced.fire(new DirectorySynced(runId));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "After the directory sync: " + e.getMessage(), e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof DirectoryUnavailableException
          || cause instanceof DirectoryReconciliation.EmptyDirectoryException
          || cause instanceof SyncAlreadyRunningException) {
        return cause;
      }
      cause = cause.getCause();
    }
    return cause;
  }
}
