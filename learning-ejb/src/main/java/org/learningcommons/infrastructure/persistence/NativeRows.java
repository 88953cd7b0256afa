package org.learningcommons.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading the columns of native query rows, whose Java types depend on the JDBC driver. */
public final class NativeRows {

  private NativeRows() {}

  /**
   * An instant as a native query parameter. The PostgreSQL driver cannot infer a SQL type for
   * {@link Instant} and EclipseLink passes it through unconverted, so bind a timestamp instead (as
   * {@code InstantConverter} does for entities).
   */
  public static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
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
