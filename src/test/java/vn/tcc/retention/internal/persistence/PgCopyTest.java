package vn.tcc.retention.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PgCopyTest {
  private static String copied(String value) {
    StringBuilder text = new StringBuilder();
    PgCopy.append(text, value);
    return text.toString();
  }

  @Test
  void null_is_copied_as_the_null_marker_and_an_empty_text_as_empty() {
    assertEquals("\\N", copied(null));
    assertEquals("", copied(""));
  }

  @Test
  void separators_and_backslashes_in_a_value_are_escaped_not_taken_as_columns_or_rows() {
    assertEquals("a\\tb\\nc\\rd", copied("a\tb\nc\rd"));
    assertEquals("C:\\\\evidence\\\\.", copied("C:\\evidence\\."));
    assertEquals("\\\\N", copied("\\N"));
  }

  @Test
  void vietnamese_text_is_copied_as_is() {
    assertEquals("Ảnh của sự kiện 12 (VƯỢT_ĐÈN_ĐỎ)", copied("Ảnh của sự kiện 12 (VƯỢT_ĐÈN_ĐỎ)"));
  }
}
