package vn.tcc.violation.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimelineWordsTest {
  static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void tccs_own_lines_read_in_english_in_the_english_view() {
    assertEquals(
        "Violation detected by a camera",
        TimelineWords.reason("Camera phát hiện vi phạm", Locale.ENGLISH));
    assertEquals(
        "Fine not paid in time (due 05/12/2026): late interest of 0.05% a day",
        TimelineWords.reason(
            "Quá hạn nộp phạt (hạn 05/12/2026): tính tiền chậm nộp 0,05%/ngày", Locale.ENGLISH));
    assertEquals(
        "No answer to the notice within 20 days (due 01/12/2026): vehicle registration office"
            + " and commune police warned",
        TimelineWords.reason(
            "Quá 20 ngày không phản hồi thông báo (hạn 01/12/2026): cảnh báo cơ quan đăng ký xe"
                + " và Công an cấp xã",
            Locale.ENGLISH));
  }

  @Test
  void a_persons_reason_is_shown_as_written() {
    assertEquals("Biển số bị che", TimelineWords.reason("Biển số bị che", Locale.ENGLISH));
  }

  @Test
  void tcc_itself_is_named_in_the_readers_language_without_its_account() {
    assertEquals("Hệ thống TCC", TimelineWords.actor("system", "TCC", VI));
    assertEquals("TCC system", TimelineWords.actor("system", "TCC", Locale.ENGLISH));
    assertEquals("Nguyễn Văn An (officer)", TimelineWords.actor("officer", "Nguyễn Văn An", VI));
  }
}
