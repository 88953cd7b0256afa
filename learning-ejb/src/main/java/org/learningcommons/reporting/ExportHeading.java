package org.learningcommons.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What an export file says about its table in the requester's language: the table's title, one
 * title per column, a line describing the filter, and the zone that timestamps are shown in.
 *
 * @param title the table's title (file title, sheet name, PDF heading)
 * @param columnTitles one per column, in the table's order
 * @param filterSummary the filter in words, for the PDF's heading
 * @param zone where timestamps are written as local date and time
 */
public record ExportHeading(
    String title, List<String> columnTitles, String filterSummary, ZoneId zone) {

  public ExportHeading {
    Objects.requireNonNull(title);
    columnTitles = List.copyOf(columnTitles);
    filterSummary = filterSummary == null ? "" : filterSummary;
    Objects.requireNonNull(zone);
  }
}
