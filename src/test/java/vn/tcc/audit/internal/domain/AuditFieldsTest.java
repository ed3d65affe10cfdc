package vn.tcc.audit.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditFieldsTest {
  @Test
  void short_values_stay_as_they_are() {
    assertEquals("GL.QUY_NHON", AuditFields.fit("GL.QUY_NHON", 64));
    assertEquals("x".repeat(64), AuditFields.fit("x".repeat(64), 64));
    assertNull(AuditFields.fit(null, 64));
  }

  @Test
  void a_hundred_thousand_characters_fit_the_column_and_say_how_much_was_cut() {
    String fitted = AuditFields.fit("p".repeat(100_000), 1000);
    assertTrue(
        fitted.length() <= 1000 && fitted.length() > 990, "fills the column: " + fitted.length());
    int kept = fitted.indexOf('…');
    assertEquals("p".repeat(kept), fitted.substring(0, kept));
    assertTrue(fitted.endsWith("…[+" + (100_000 - kept) + " chars cut]"), fitted.substring(kept));
  }

  @Test
  void nul_bytes_which_postgresql_refuses_are_replaced() {
    assertEquals("a\uFFFDb", AuditFields.fit("a\0b", 64));
  }

  @Test
  void a_cut_never_splits_a_surrogate_pair() {
    String emoji = "\uD83D\uDE00"; // one character outside the BMP, two chars in Java
    for (int max = 20; max < 40; max++) {
      String fitted = AuditFields.fit(emoji.repeat(100), max);
      assertTrue(fitted.length() <= max, max + ": " + fitted.length());
      int marker = fitted.indexOf('…');
      assertFalse(Character.isHighSurrogate(fitted.charAt(marker - 1)), "cut at " + max);
    }
  }
}
