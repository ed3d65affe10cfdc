package vn.tcc.event.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tcc.event.internal.domain.EventRetentionStore.Position;

class RetentionCursorTest {
  @Test
  void round_trips_an_instant_and_a_key() {
    Instant at = Instant.parse("2026-02-28T17:00:00.123456Z");
    assertEquals(
        new Position(at, "4711"), RetentionCursor.decode(RetentionCursor.encode(at, "4711")));
    String sha = "ab".repeat(32);
    assertEquals(new Position(at, sha), RetentionCursor.decode(RetentionCursor.encode(at, sha)));
  }

  @Test
  void no_cursor_is_the_first_page() {
    assertNull(RetentionCursor.decode(null));
  }

  @Test
  void a_forged_or_foreign_cursor_is_refused_not_read_as_the_start() {
    assertThrows(IllegalArgumentException.class, () -> RetentionCursor.decode("4711"));
    assertThrows(IllegalArgumentException.class, () -> RetentionCursor.decode("yesterday|4711"));
    assertThrows(
        IllegalArgumentException.class, () -> RetentionCursor.decode("2026-01-01T00:00:00Z|"));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetentionCursor.decodeNumeric("2026-01-01T00:00:00Z|1 OR 1=1"));
  }
}
