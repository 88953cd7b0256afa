package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.people.Role;

/**
 * What happens to mandatory training as time passes: renewal windows open (an expiry reminder and a
 * new enrolment for people still assigned the course), reminders go {@code TRAINING_REMINDER_LEAD}
 * before a due date, and overdue training is told to the person and escalated to their manager,
 * each once. Every node's timer asks; the job lease lets one node per interval work, in batches of
 * {@code TRAINING_TIMER_BATCH} ({@link TrainingTimerBatches}).
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingTimers {

  static final String JOB = "training-timers";
  private static final Logger LOG = Logger.getLogger(TrainingTimers.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  /** Batches of each kind per run; the rest waits for the next run. */
  static final int BATCHES_PER_RUN = 100;

  @EJB TrainingTimerBatches batches;
  @EJB JobLeases leases;
  @Inject TrainingSettings settings;

  /** Called by every node's timer; does the work that is due, on one node. */
  @PermitAll
  public void runScheduled(Duration interval) {
    Duration lease = interval.minusSeconds(5);
    if (leases.claim(JOB, lease.compareTo(Duration.ofSeconds(5)) < 0 ? interval : lease, NODE)) {
      TrainingTimersRunView run = run();
      if (run.didSomething()) {
        LOG.info(() -> "Training timers: " + run.summary());
      }
    }
  }

  /** Does the work that is due now (administrators, operations scripts and tests). */
  @RolesAllowed(Role.Names.ADMIN)
  public TrainingTimersRunView runNow() {
    return run();
  }

  private TrainingTimersRunView run() {
    Instant started = Instant.now();
    int batch = settings.timerBatch();
    Duration lead = settings.reminderLead();
    int[] renewals = repeat("renewal", batch, () -> batches.renewals(batch));
    int[] reminders = repeat("reminder", batch, () -> batches.dueReminders(lead, batch));
    int[] overdue = repeat("overdue", batch, () -> batches.overdue(batch));
    return new TrainingTimersRunView(
        started, Instant.now(), renewals[0], renewals[1], reminders[0], overdue[0], overdue[2]);
  }

  /**
   * Runs batches of one kind until one finds fewer rows than a batch; sums found/enrolled/managers.
   */
  private static int[] repeat(String what, int batch, Supplier<TrainingTimerBatches.Outcome> next) {
    int[] sums = new int[3];
    try {
      for (int i = 0; i < BATCHES_PER_RUN; i++) {
        TrainingTimerBatches.Outcome outcome = next.get();
        sums[0] += outcome.found();
        sums[1] += outcome.enrolled();
        sums[2] += outcome.managers();
        if (outcome.found() < batch) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // This batch was rolled back; the next run tries again, the other kinds go on.
      LOG.log(Level.WARNING, "Training timers: the " + what + " batch failed", e);
    }
    return sums;
  }
}
