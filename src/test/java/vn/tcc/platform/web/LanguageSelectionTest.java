package vn.tcc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSelectionTest {
  private static final String PAGE = "/tcc/public/notice.xhtml";

  @Test
  void the_kept_parameter_comes_back_escaped() {
    assertEquals(
        PAGE + "?code=7KQ2-M9XD-4F", LanguageSelection.keeping(PAGE, "code", " 7KQ2-M9XD-4F "));
    assertEquals(
        PAGE + "?code=a%26lang%3Den%0A%00",
        LanguageSelection.keeping(PAGE, "code", "a&lang=en\n\0"));
  }

  @Test
  void nothing_is_kept_when_there_is_nothing_or_too_much() {
    assertEquals(PAGE, LanguageSelection.keeping(PAGE, "code", null));
    assertEquals(PAGE, LanguageSelection.keeping(PAGE, "code", "   "));
    assertEquals(PAGE, LanguageSelection.keeping(PAGE, "code", "X".repeat(100_000)));
    assertEquals(PAGE, LanguageSelection.keeping(PAGE, "code&x", "7KQ2"));
    assertEquals(PAGE, LanguageSelection.keeping(PAGE, null, "7KQ2"));
  }
}
