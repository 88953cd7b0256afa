package org.learningcommons.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The engagement report's figures for a filter: active staff in the last 1, 7 and 30 days, distinct
 * active staff per week and month of the period (every bucket, zeros included), the weekly posts of
 * the busiest communities for the chart, and the first rows of each table.
 */
public record EngagementSummary(
    ReportFilter filter,
    long activeToday,
    long activeLast7Days,
    long activeLast30Days,
    Map<LocalDate, Long> activePerWeek,
    Map<LocalDate, Long> activePerMonth,
    List<LocalDate> weeks,
    List<CommunitySeries> topCommunities,
    LearningActivityRows activeDaily,
    LearningActivityRows communityWeeks,
    LearningActivityRows dormant,
    LearningActivityRows announcements)
    implements Serializable {

  /** One of the busiest communities of the period: its posts per week of {@link #weeks}. */
  public record CommunitySeries(long communityId, String name, List<Long> posts)
      implements Serializable {}
}
