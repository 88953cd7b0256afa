package org.learningcommons.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;

/**
 * Takes the compliance snapshot once a day, on one node of the cluster (the job lease decides). The
 * first run is an hour after start, so that a restart neither delays the day's snapshot long nor
 * piles work onto the start. Non-persistent: a missed day is made up by the next, since each run
 * rewrites the whole current month.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceSnapshotScheduler {

  static final Duration INTERVAL = Duration.ofDays(1);
  static final Duration FIRST_RUN = Duration.ofHours(1);

  @Resource TimerService timers;
  @EJB ComplianceSnapshots snapshots;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        FIRST_RUN.toMillis(), INTERVAL.toMillis(), new TimerConfig(ComplianceSnapshots.JOB, false));
  }

  @Timeout
  void run() {
    snapshots.takeScheduled(INTERVAL);
  }
}
