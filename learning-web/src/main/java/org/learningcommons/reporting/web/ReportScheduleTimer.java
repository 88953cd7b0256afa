package org.learningcommons.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learningcommons.reporting.ReportDeliveries;

/**
 * Asks {@link ReportDeliveries} for due scheduled reports every {@code REPORT_SCHEDULE_INTERVAL}
 * (default five minutes) on every node; the job lease lets one node work. It lives in the web
 * module because the mails' and files' texts are in the web module's resource bundles. The first
 * tick comes one interval after start, when the schema is surely migrated. Non-persistent: a missed
 * tick's work is still due at the next one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportScheduleTimer {

  @Resource TimerService timers;
  @EJB ReportDeliveries deliveries;

  private Duration interval;

  @PostConstruct
  void schedule() {
    interval = interval();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("report-schedules", false));
  }

  @Timeout
  void run() {
    deliveries.runScheduled(interval, ReportTexts.of(Locale.ENGLISH));
  }

  static Duration interval() {
    Duration interval =
        ConfigProvider.getConfig()
            .getOptionalValue("REPORT_SCHEDULE_INTERVAL", Duration.class)
            .orElse(Duration.ofMinutes(5));
    if (interval.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalStateException("REPORT_SCHEDULE_INTERVAL must be at least ten seconds");
    }
    return interval;
  }
}
