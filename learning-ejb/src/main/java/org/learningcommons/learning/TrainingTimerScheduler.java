package org.learningcommons.learning;

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
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Asks {@link TrainingTimers} for due work every {@code TRAINING_TIMER_INTERVAL} on every node; the
 * job lease lets one node per interval do it. Non-persistent: what a missed run would have done is
 * still due at the next one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingTimerScheduler {

  @Resource TimerService timers;
  @Inject TrainingSettings settings;
  @EJB TrainingTimers work;

  private Duration interval;

  @PostConstruct
  void schedule() {
    interval = settings.interval();
    settings.reminderLead();
    settings.timerBatch();
    settings.evaluationBatch();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(TrainingTimers.JOB, false));
  }

  @Timeout
  void run() {
    work.runScheduled(interval);
  }
}
