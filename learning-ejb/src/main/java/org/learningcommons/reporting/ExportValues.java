package org.learningcommons.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Turns the values of a row into what the formats write: numbers stay numbers, dates become {@link
 * LocalDate}, timestamps a {@link LocalDateTime} in the requester's zone. Tables may hand over JDBC
 * types ({@code java.sql.Date}, {@code Timestamp}) as well as {@code java.time} ones.
 */
final class ExportValues {

  /** Timestamps in text formats: sortable, without the zone (the heading names it). */
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ExportValues() {}

  static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }

  static LocalDateTime timestamp(Object value, ZoneId zone) {
    if (value instanceof Instant instant) {
      return LocalDateTime.ofInstant(instant, zone);
    }
    if (value instanceof Timestamp timestamp) {
      return LocalDateTime.ofInstant(timestamp.toInstant(), zone);
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return LocalDateTime.ofInstant(time.toInstant(), zone);
    }
    if (value instanceof LocalDateTime time) {
      return time;
    }
    return LocalDateTime.ofInstant(Instant.parse(value.toString()), zone);
  }

  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    return new BigDecimal(value.toString());
  }

  /** The value as text (CSV, PDF); null for an empty cell. */
  static String text(Object value, ReportColumn.Type type, ZoneId zone) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> value.toString();
      case INTEGER ->
          value instanceof Number n ? Long.toString(n.longValue()) : value.toString().strip();
      case DECIMAL, PERCENT -> decimal(value).toPlainString();
      case DATE -> date(value).toString();
      case TIMESTAMP -> TIMESTAMP.format(timestamp(value, zone));
    };
  }
}
