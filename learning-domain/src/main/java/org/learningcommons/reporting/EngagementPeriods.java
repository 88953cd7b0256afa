package org.learningcommons.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buckets activity reports count in (days, ISO weeks starting on Monday, calendar months) and
 * the rates they show. The database counts only buckets that have rows; these fill the gaps with
 * zeros so that a chart's axis shows every week of the period, not only the busy ones.
 */
public final class EngagementPeriods {

  private EngagementPeriods() {}

  /**
   * The Monday of the ISO week that holds {@code day} (PostgreSQL's {@code date_trunc('week')}).
   */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The first day of the month that holds {@code day}. */
  public static LocalDate monthOf(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  /** The Mondays of every week that overlaps {@code from..to}, in order. */
  public static List<LocalDate> weeks(LocalDate from, LocalDate to) {
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate week = weekOf(from); !week.isAfter(to); week = week.plusWeeks(1)) {
      weeks.add(week);
    }
    return weeks;
  }

  /** The first days of every month that overlaps {@code from..to}, in order. */
  public static List<LocalDate> months(LocalDate from, LocalDate to) {
    List<LocalDate> months = new ArrayList<>();
    for (LocalDate month = monthOf(from); !month.isAfter(to); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /** Every bucket with its count, zero for buckets the database did not return. */
  public static Map<LocalDate, Long> fill(List<LocalDate> buckets, Map<LocalDate, Long> counted) {
    Map<LocalDate, Long> filled = new LinkedHashMap<>();
    for (LocalDate bucket : buckets) {
      filled.put(bucket, counted.getOrDefault(bucket, 0L));
    }
    return filled;
  }

  /**
   * {@code part} of {@code whole} as a percentage with one decimal, or null when the whole is zero
   * (an announcement nobody was addressed by has no rate, which is not the same as 0 %).
   */
  public static BigDecimal rate(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
