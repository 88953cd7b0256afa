package org.learningcommons.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long an approval or verification holds, and how often owners are told about due ones. */
@ApplicationScoped
public class ArticleSettings {

  @Inject
  @ConfigProperty(name = "ARTICLE_REVIEW_PERIOD", defaultValue = "P6M")
  String reviewPeriod;

  @Inject
  @ConfigProperty(name = "ARTICLE_REVIEW_SCAN_INTERVAL", defaultValue = "PT6H")
  Duration scanInterval;

  /** The review-by date an approval or verification gets unless one is chosen. */
  public Instant defaultReviewBy(Instant now) {
    return now.atOffset(ZoneOffset.UTC).plus(period()).toInstant();
  }

  public Period period() {
    Period period = Period.parse(reviewPeriod.strip());
    if (period.isNegative() || period.isZero()) {
      throw new IllegalStateException("ARTICLE_REVIEW_PERIOD must be a positive period, e.g. P6M");
    }
    return period;
  }

  public Duration scanInterval() {
    return scanInterval;
  }
}
