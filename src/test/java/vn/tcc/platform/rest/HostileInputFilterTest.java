package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HostileInputFilterTest {
  private static boolean clean(String json) {
    return HostileInputFilter.cleanJson(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ordinary_json_with_vietnamese_emoji_and_escapes_is_clean() {
    assertTrue(clean("{\"name\":\"Ngã tư Nguyễn Tất Thành\",\"n\":\"a\\\"b\\\\u0000c\"}"));
    assertTrue(clean("{\"x\":\"\\ud83d\\ude00 \\u00e9 😀\"}"));
    assertTrue(clean(""));
  }

  @Test
  void nul_is_left_to_the_modules_validation_which_names_the_field() {
    assertTrue(clean("{\"x\":\"a\\u0000b\"}"));
  }

  @Test
  void half_surrogate_pairs_are_refused() {
    assertFalse(clean("{\"x\":\"\\ud800\"}"));
    assertFalse(clean("{\"x\":\"\\udc00x\"}"));
    assertFalse(clean("{\"x\":\"\\ud800\\u0041\"}"));
  }

  @Test
  void invalid_utf8_is_refused() {
    byte[] body = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
    assertFalse(HostileInputFilter.cleanJson(body));
  }

  @Test
  void deep_nesting_is_refused_but_brackets_inside_strings_do_not_count() {
    assertFalse(clean("[".repeat(10_000) + "]".repeat(10_000)));
    assertFalse(clean("{\"a\":".repeat(100) + "1" + "}".repeat(100)));
    assertTrue(clean("{\"a\":[[{\"b\":[1,2]}]],\"t\":\"" + "[".repeat(500) + "\\\"{\"}"));
  }
}
