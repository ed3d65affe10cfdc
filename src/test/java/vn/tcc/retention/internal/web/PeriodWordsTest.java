package vn.tcc.retention.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.i18n.Messages;

class PeriodWordsTest {
  @Test
  void periods_read_as_people_say_them() {
    assertEquals("30 ngày", PeriodWords.of("P30D", Messages.VIETNAMESE));
    assertEquals("5 năm", PeriodWords.of("P5Y", Messages.VIETNAMESE));
    assertEquals("1 năm 6 tháng", PeriodWords.of("P1Y6M", Messages.VIETNAMESE));
    assertEquals("30 days", PeriodWords.of("P30D", Locale.ENGLISH));
    assertEquals("not a period", PeriodWords.of("not a period", Locale.ENGLISH));
  }

  @Test
  void sizes_read_in_binary_units() {
    assertEquals("512 B", RetentionTexts.bytes(512, Locale.ENGLISH));
    assertEquals("1.5 KB", RetentionTexts.bytes(1536, Locale.ENGLISH));
    assertEquals("2,0 GB", RetentionTexts.bytes(2L * 1024 * 1024 * 1024, Messages.VIETNAMESE));
  }
}
