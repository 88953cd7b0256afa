package org.learningcommons.reporting;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report table that can be exported (CSV, XLSX, PDF) and delivered by mail. Implementations are
 * CDI beans (usually {@code @Stateless}); exports find them by {@link #key()}.
 *
 * <p>{@link #stream} hands rows to the consumer one at a time while reading them from the database
 * with a cursor, so that an export of 50,000 rows never holds them all in memory. Each row has one
 * value per column, of the column's type: {@code String}, {@code Long}/{@code Integer}, {@code
 * Double}/{@code BigDecimal} (a percent as 0..100), {@code LocalDate}, {@code Instant}; null for
 * empty.
 */
public interface ReportTable {

  /** Stable name used in URLs, saved views and schedules, e.g. {@code compliance-overdue}. */
  String key();

  /** The report this table belongs to, for the audit trail and the scope check ("compliance"). */
  String report();

  List<ReportColumn> columns();

  /** How many rows {@link #stream} will produce, for progress (one count query). */
  long count(ReportScope scope, ReportFilter filter);

  /** Streams every row in the table's order; the scope and filter were checked by the caller. */
  void stream(ReportScope scope, ReportFilter filter, Consumer<Object[]> rows);
}
