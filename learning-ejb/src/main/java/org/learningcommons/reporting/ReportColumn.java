package org.learningcommons.reporting;

/**
 * One column of an exportable table.
 *
 * @param key a stable name (CSV header, resource-bundle key suffix {@code report.column.<key>})
 * @param type how exports format the values
 */
public record ReportColumn(String key, Type type) {

  /** Value types; exports write numbers as numbers and dates as dates. */
  public enum Type {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    DATE,
    TIMESTAMP
  }
}
