package org.learningcommons.announcement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.people.Role;

/**
 * What happens to announcements as time passes: a scheduled announcement's audience is told when it
 * appears (unless it was published quietly), those who have not acknowledged get one reminder
 * before the due date, and once it is overdue each of them is told and their manager hears of them
 * once. Every node's timer asks; the job lease lets one node per interval do the work, in batches
 * of {@code ANNOUNCEMENT_TIMER_BATCH} people per transaction ({@link AnnouncementTimerBatches}).
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnouncementTimers {

  static final String JOB = "announcement-timers";
  private static final Logger LOG = Logger.getLogger(AnnouncementTimers.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  /** Announcements of each kind of work per run; the rest wait for the next run. */
  static final int ANNOUNCEMENTS_PER_RUN = 200;

  @EJB AnnouncementTimerBatches batches;
  @EJB JobLeases leases;
  @Inject AnnouncementTimerSettings settings;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  /** Called by every node's timer; does the work that is due, on one node. */
  @PermitAll
  public void runScheduled(Duration interval) {
    Duration lease = interval.minusSeconds(5);
    if (leases.claim(JOB, lease.compareTo(Duration.ofSeconds(5)) < 0 ? interval : lease, NODE)) {
      AnnouncementTimersRunView run = run();
      if (run.didSomething()) {
        LOG.info(() -> "Announcement timers: " + run.summary());
      }
    }
  }

  /** Does the work that is due now (administrators, operations scripts and tests). Audited. */
  @RolesAllowed(Role.Names.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AnnouncementTimersRunView runNow() {
    AnnouncementTimersRunView run = run();
    audit.record(
        new AuditEvent(
            run.finishedAt(),
            context.getCallerPrincipal().getName(),
            AuditAction.ANNOUNCEMENT_TIMERS_RUN,
            null,
            null,
            run.summary()));
    return run;
  }

  private AnnouncementTimersRunView run() {
    Instant started = Instant.now();
    int batch = settings.batch();
    Duration lead = settings.reminderLead();
    Tally appeared = new Tally();
    for (long id : batches.appeared(started, ANNOUNCEMENTS_PER_RUN)) {
      appeared.work(id, "notice", () -> batches.notifyAppeared(id, batch));
    }
    Tally reminded = new Tally();
    for (long id : batches.nearlyDue(started, lead, ANNOUNCEMENTS_PER_RUN)) {
      reminded.work(id, "reminder", () -> batches.remind(id, lead, batch));
    }
    Tally overdue = new Tally();
    for (long id : batches.overdue(started, ANNOUNCEMENTS_PER_RUN)) {
      overdue.work(id, "escalation", () -> batches.escalate(id, batch));
    }
    return new AnnouncementTimersRunView(
        started,
        Instant.now(),
        appeared.announcements,
        appeared.people,
        reminded.people,
        overdue.people,
        overdue.managers,
        appeared.failed + reminded.failed + overdue.failed);
  }

  /** Runs the batches of one announcement until its work is done, and counts what they did. */
  private static final class Tally {
    int announcements;
    int people;
    int managers;
    int failed;

    void work(long id, String what, Supplier<AnnouncementTimerBatches.Outcome> nextBatch) {
      try {
        int reached = 0;
        AnnouncementTimerBatches.Outcome outcome;
        do {
          outcome = nextBatch.get();
          reached += outcome.people();
          managers += outcome.managers();
          // A batch that reached nobody and is not done would repeat itself forever.
        } while (!outcome.done() && outcome.people() > 0);
        people += reached;
        if (reached > 0) {
          announcements++;
        }
      } catch (RuntimeException e) {
        // This announcement's batch was rolled back; the next run tries again, the others go on.
        failed++;
        LOG.log(Level.WARNING, "Announcement " + id + ": the " + what + " failed", e);
      }
    }
  }
}
