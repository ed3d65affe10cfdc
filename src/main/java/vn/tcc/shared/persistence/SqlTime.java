package vn.tcc.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one conversion of database times into {@link Instant}: the PostgreSQL driver answers {@code
 * timestamptz} as {@link OffsetDateTime}, Hibernate's native queries as {@link Instant} or {@link
 * Timestamp} depending on version and column. TCC stores every time as {@code timestamptz}; a
 * {@code timestamp} without zone is read as UTC, the zone the server's sessions run in.
 */
public final class SqlTime {
  private SqlTime() {}

  public static Instant instant(Object value) {
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
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Not a time: " + value.getClass());
  }
}
