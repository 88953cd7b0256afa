package org.learningcommons.article;

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
 * Looks for articles past their review-by date every {@code ARTICLE_REVIEW_SCAN_INTERVAL} on every
 * node; {@link ArticleReviews} lets one node per interval do the work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArticleReviewScheduler {

  @Resource TimerService timers;
  @Inject ArticleSettings settings;
  @EJB ArticleReviews reviews;

  @PostConstruct
  void schedule() {
    Duration interval = settings.scanInterval();
    if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalStateException("ARTICLE_REVIEW_SCAN_INTERVAL must be at least one minute");
    }
    settings.period();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("article-review-due", false));
  }

  @Timeout
  void run() {
    reviews.runScheduled(settings.scanInterval());
  }
}
