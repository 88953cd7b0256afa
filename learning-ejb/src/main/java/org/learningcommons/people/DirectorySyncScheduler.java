package org.learningcommons.people;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the directory sync on every node at the configured interval; {@link DirectorySync} lets only
 * one node per interval do the work. Non-persistent timers: nothing to clean up when a node goes
 * away.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySyncScheduler {

  private static final Logger LOG = Logger.getLogger(DirectorySyncScheduler.class.getName());

  @Resource TimerService timers;
  @Inject DirectorySyncSettings settings;
  @Inject DirectorySync sync;

  @PostConstruct
  void schedule() {
    Duration interval = settings.interval();
    if (settings.onStartup()) {
      timers.createSingleActionTimer(
          2_000, new TimerConfig(DirectorySyncRun.Trigger.STARTUP, false));
    }
    timers.createIntervalTimer(
        interval.toMillis(),
        interval.toMillis(),
        new TimerConfig(DirectorySyncRun.Trigger.SCHEDULE, false));
    LOG.info(
        () ->
            "Directory sync every "
                + interval
                + (settings.onStartup() ? ", first run now" : ", first run in one interval"));
  }

  @Timeout
  void run(Timer timer) {
    sync.runScheduled((DirectorySyncRun.Trigger) timer.getInfo());
  }
}
