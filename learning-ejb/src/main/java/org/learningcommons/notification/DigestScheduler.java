package org.learningcommons.notification;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due digests every {@code DIGEST_INTERVAL} on every node; {@link NotificationDigest}
 * lets one node per interval do the work. Whether a person's digest is due depends on their
 * frequency and their last digest, so the interval only decides how punctual digests are.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestScheduler {

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "DIGEST_INTERVAL", defaultValue = "PT1H")
  Duration interval;

  @EJB NotificationDigest digest;

  @PostConstruct
  void schedule() {
    if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalStateException("DIGEST_INTERVAL must be at least one minute");
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("notification-digest", false));
  }

  @Timeout
  void run() {
    digest.runScheduled(interval);
  }
}
