package vn.tcc.event.internal.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.tcc.event.internal.domain.EventRetentionStore.Position;

/**
 * The cursor of a retention list as the purge carries it between pages: the instant retention of
 * the last item counts from and its id, {@code 2026-03-01T00:00:00Z|4711}. Opaque to the purge;
 * anything else is refused, never read as "start again".
 */
final class RetentionCursor {
  private RetentionCursor() {}

  static String encode(Instant at, String key) {
    return at + "|" + key;
  }

  /** The position after which the next page starts; null for the first page. */
  static Position decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    int bar = cursor.indexOf('|');
    if (bar <= 0 || bar == cursor.length() - 1) {
      throw new IllegalArgumentException("Not a retention cursor: " + cursor);
    }
    try {
      return new Position(Instant.parse(cursor.substring(0, bar)), cursor.substring(bar + 1));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a retention cursor: " + cursor, e);
    }
  }

  /** A numeric key (an event or entry id) of a decoded cursor. */
  static Position decodeNumeric(String cursor) {
    Position position = decode(cursor);
    if (position != null && !position.key().matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("Not a retention cursor: " + cursor);
    }
    return position;
  }
}
