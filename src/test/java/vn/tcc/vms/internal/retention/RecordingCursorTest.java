package vn.tcc.vms.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingCursorTest {
  private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");

  @Test
  void round_trips_through_its_text() {
    RecordingCursor cursor = new RecordingCursor("ZM-1", "GL-QN-0001", T, "42");
    assertEquals(cursor, RecordingCursor.decode(cursor.encode()));
  }

  @Test
  void numeric_recording_ids_are_ordered_by_value_not_as_text() {
    RecordingCursor after9 = new RecordingCursor("ZM-1", "C", T, "9");
    assertTrue(after9.isAfter(T, "10"), "10 comes after 9");
    assertFalse(after9.isAfter(T, "9"));
    assertTrue(after9.isAfter(T.plusSeconds(1), "1"), "a later end comes after any id");
    assertFalse(after9.isAfter(T.minusSeconds(1), "99"));
  }

  @Test
  void all_done_at_an_instant_lets_only_later_ends_through() {
    RecordingCursor all = new RecordingCursor("ZM-1", "C", T, RecordingCursor.ALL);
    assertFalse(all.isAfter(T, "999"));
    assertTrue(all.isAfter(T.plusMillis(1), "1"));
  }

  @Test
  void refuses_what_it_did_not_write() {
    assertThrows(IllegalArgumentException.class, () -> RecordingCursor.decode("ZM-1|C|" + T));
    assertThrows(IllegalArgumentException.class, () -> RecordingCursor.decode("ZM-1|C|then|1"));
    assertThrows(IllegalArgumentException.class, () -> RecordingCursor.decode("|C|" + T + "|1"));
  }
}
