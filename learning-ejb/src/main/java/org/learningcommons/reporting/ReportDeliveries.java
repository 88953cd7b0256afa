package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.people.Role;

/**
 * Mails the scheduled reports that are due: every node's timer asks every {@code
 * REPORT_SCHEDULE_INTERVAL}; the job lease lets one node per interval work, one schedule per
 * transaction ({@link ReportDeliveryBatch}). HR and administrators may run it now.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportDeliveries {

  static final String JOB = "report-schedules";

  /** Schedules per run; the rest waits for the next run. */
  static final int MAX_PER_RUN = 200;

  private static final Logger LOG = Logger.getLogger(ReportDeliveries.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  /** What a run did. */
  public record DeliveryRun(int schedules, int mailed, int skipped, int failed) {}

  @EJB ReportDeliveryBatch batch;
  @EJB JobLeases leases;

  /** Called by every node's timer; delivers on the node that holds the lease. */
  @PermitAll
  public void runScheduled(Duration interval, ReportLabels labels) {
    Duration lease = interval.minusSeconds(5);
    if (leases.claim(JOB, lease.compareTo(Duration.ofSeconds(5)) < 0 ? interval : lease, NODE)) {
      DeliveryRun run = run(labels);
      if (run.schedules() > 0) {
        LOG.info(() -> "Scheduled reports: " + run);
      }
    }
  }

  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public DeliveryRun runNow(ReportLabels labels) {
    return run(labels);
  }

  private DeliveryRun run(ReportLabels labels) {
    List<ReportDeliveryBatch.Outcome> done = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < MAX_PER_RUN; i++) {
      Optional<ReportDeliveryBatch.Outcome> outcome;
      try {
        outcome = batch.deliverNext(labels);
      } catch (RuntimeException e) {
        // That schedule was rolled back and stays due; the next run tries it again.
        LOG.log(Level.WARNING, "Scheduled reports: a delivery failed", e);
        failed++;
        break;
      }
      if (outcome.isEmpty()) {
        break;
      }
      done.add(outcome.get());
    }
    return new DeliveryRun(
        done.size(),
        done.stream().mapToInt(ReportDeliveryBatch.Outcome::mailed).sum(),
        done.stream().mapToInt(o -> o.skipped().size()).sum(),
        failed);
  }
}
