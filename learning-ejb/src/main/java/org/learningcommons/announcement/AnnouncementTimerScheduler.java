package org.learningcommons.announcement;

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
 * Asks {@link AnnouncementTimers} for due work every {@code ANNOUNCEMENT_TIMER_INTERVAL} on every
 * node; the job lease lets one node per interval do it. Non-persistent: nothing to clean up when a
 * node goes away, and what a missed run would have done is still due at the next one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnouncementTimerScheduler {

  @Resource TimerService timers;
  @Inject AnnouncementTimerSettings settings;
  @EJB AnnouncementTimers work;

  private Duration interval;

  @PostConstruct
  void schedule() {
    interval = settings.interval();
    settings.reminderLead();
    settings.batch();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(AnnouncementTimers.JOB, false));
  }

  @Timeout
  void run() {
    work.runScheduled(interval);
  }
}
