package vn.tcc.camera.internal.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Turns what native queries return (driver types differ by column and Hibernate version) into
 * TCC's.
 */
final class SqlValues {
  private SqlValues() {}

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("Not a time: " + value.getClass());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    throw new IllegalStateException("Not a date: " + value.getClass());
  }

  static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    return new BigDecimal(value.toString());
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static boolean bool(Object value) {
    return value != null && (Boolean) value;
  }
}
