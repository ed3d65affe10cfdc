package vn.tcc.violation.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeCodeTest {

  @Test
  void codes_are_ten_unambiguous_characters_in_three_groups_and_do_not_repeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = NoticeCode.next();
      assertTrue(
          code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}"), code);
      assertTrue(seen.add(code), "50 random bits: no repeat in 10,000");
    }
  }

  @Test
  void a_code_as_typed_is_read_back_whatever_the_case_spacing_or_misread_letters() {
    assertEquals("7KQ2-M9XD-4F", NoticeCode.normalise("7kq2 m9xd 4f"));
    assertEquals("7KQ2-M9XD-4F", NoticeCode.normalise(" 7KQ2M9XD4F "));
    assertEquals("1002-1000-00", NoticeCode.normalise("IOO2-LOOO-OO"), "I, L → 1 and O → 0");
  }

  @Test
  void anything_that_cannot_be_a_code_reads_as_none() {
    assertEquals("", NoticeCode.normalise(null));
    assertEquals("", NoticeCode.normalise("7KQ2-M9XD"));
    assertEquals("", NoticeCode.normalise("7KQ2-M9XD-4F-11"));
    assertEquals("", NoticeCode.normalise("UUUU-UUUU-UU"), "U is not in the alphabet");
  }
}
