package vn.tcc.command.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;

class SnapshotsTest {
  @Test
  void a_note_is_optional_plain_text_of_at_most_500_characters() {
    assertNull(Snapshots.note(null));
    assertNull(Snapshots.note("   "));
    assertEquals("Xe tải chắn làn", Snapshots.note("  Xe tải chắn làn "));
    assertEquals(500, Snapshots.note("a".repeat(500)).length());
    assertEquals(
        400, assertThrows(ProblemException.class, () -> Snapshots.note("a".repeat(501))).status());
    assertEquals(
        400, assertThrows(ProblemException.class, () -> Snapshots.note("a\u0000b")).status());
  }
}
