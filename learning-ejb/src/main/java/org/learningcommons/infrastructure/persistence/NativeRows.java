package org.learningcommons.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading the columns of native query rows, whose Java types depend on the JDBC driver. */
public final class NativeRows {

  private NativeRows() {}

  /**
   * A moment as a native query parameter. The PostgreSQL driver cannot bind {@link Instant} ("Can't
   * infer the SQL type"); an {@link OffsetDateTime} in UTC goes to timestamptz unchanged.
   */
  public static OffsetDateTime parameter(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
  }

  public static long longValue(Object value) {
    return ((Number) value).longValue();
  }

  public static Long nullableLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public static int intValue(Object value) {
    return ((Number) value).intValue();
  }

  public static boolean bool(Object value) {
    return Boolean.TRUE.equals(value);
  }

  public static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
