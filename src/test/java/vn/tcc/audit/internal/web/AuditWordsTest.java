package vn.tcc.audit.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditWordsTest {
  static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void an_action_code_reads_as_words_in_each_language() {
    assertEquals("Truy cập bị từ chối", AuditWords.label("audit.action.", "ACCESS_DENIED", VI));
    assertEquals(
        "Audit trail viewed",
        AuditWords.label("audit.action.", "AUDIT_TRAIL_VIEWED", Locale.ENGLISH));
  }

  @Test
  void a_code_without_words_stays_as_recorded() {
    assertEquals("SOMETHING_NEW", AuditWords.label("audit.action.", "SOMETHING_NEW", VI));
  }

  @Test
  void fixed_english_details_are_translated_and_free_ones_kept() {
    assertEquals("vai trò không được phép", AuditWords.detail("role not allowed", VI));
    assertEquals(
        "ngoài địa bàn của người dùng", AuditWords.detail("outside the caller's jurisdiction", VI));
    assertEquals("entries=3 offset=0", AuditWords.detail("entries=3 offset=0", VI));
  }

  @Test
  void the_action_filter_takes_the_words_or_the_code() {
    assertEquals("SIGN_IN", AuditWords.actionCode("đăng nhập", VI));
    assertEquals("SIGN_IN", AuditWords.actionCode("SIGN_IN", VI));
    org.junit.jupiter.api.Assertions.assertTrue(
        AuditWords.actionLabels(Locale.ENGLISH).contains("Signed in"));
  }
}
