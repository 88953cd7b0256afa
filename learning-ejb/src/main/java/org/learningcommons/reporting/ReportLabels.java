package org.learningcommons.reporting;

import java.time.ZoneId;

/**
 * The words of an export in one person's language. The texts live in the web module's resource
 * bundles, which this module cannot see: the web layer passes an implementation in, to exports as
 * well as to scheduled deliveries, so that there is one place that turns keys into titles.
 */
public interface ReportLabels {

  /** The title of a table ({@code report.table.<key>}). */
  String table(String key);

  /** The title of a column ({@code report.column.<key>}). */
  String column(String key);

  /** The filter in words, e.g. "Department: Sales · 2025-01-01 to 2025-12-31". */
  String filter(ReportFilter filter);

  /** Any other text (mails of scheduled deliveries), with {@code MessageFormat} arguments. */
  String message(String key, Object... arguments);

  /** The zone timestamps are written in. */
  ZoneId zone();

  /** The heading of an export of {@code table}. */
  default ExportHeading heading(ReportTable table, ReportFilter filter) {
    return new ExportHeading(
        table(table.key()),
        table.columns().stream().map(c -> column(c.key())).toList(),
        filter(filter),
        zone());
  }
}
