package org.learningcommons.reporting.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.reporting.EngagementActivityDays;

/**
 * Records each person's first authenticated request of a day (UTC) for the engagement report. The
 * last recorded day per person stays in memory, so only the first request of the day writes; after
 * a restart or on another server of a cluster the insert runs once more and changes nothing.
 */
@ApplicationScoped
public class EngagementActivityTracker {

  /** More people than this in memory and the map starts again, rather than growing without end. */
  static final int MAX_PEOPLE = 100_000;

  private static final Logger LOG = Logger.getLogger(EngagementActivityTracker.class.getName());

  private final ConcurrentMap<String, LocalDate> recorded = new ConcurrentHashMap<>();

  private final Clock clock = Clock.systemUTC();

  @EJB EngagementActivityDays days;

  /** Notes that {@code username} is active today; never throws. */
  public void active(String username) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (today.equals(recorded.get(username))) {
      return;
    }
    try {
      days.record(username, today);
      if (recorded.size() >= MAX_PEOPLE) {
        recorded.clear();
      }
      recorded.put(username, today);
    } catch (RuntimeException e) {
      // A report's statistic is never worth a failed page: the next request tries again.
      LOG.log(Level.WARNING, "Could not record today's activity of " + username, e);
    }
  }
}
