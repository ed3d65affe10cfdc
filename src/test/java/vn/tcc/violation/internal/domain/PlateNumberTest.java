package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlateNumberTest {
  @Test
  void a_car_plate_as_printed_keeps_its_letters_and_digits_in_upper_case() {
    assertEquals("30A12345", PlateNumber.normalise("30a-123.45"));
  }

  @Test
  void a_two_line_motorbike_plate_loses_its_line_break_and_spaces() {
    assertEquals("29M112345", PlateNumber.normalise(" 29-M1\n123.45 "));
  }

  @Test
  void readings_that_differ_only_in_punctuation_and_case_are_the_same_plate() {
    assertTrue(PlateNumber.same("81A-123.45", "81a 12345"));
    assertFalse(PlateNumber.same("81A-123.45", "81A-123.46"));
  }

  @Test
  void no_plate_is_never_the_same_as_another_missing_plate() {
    assertEquals("", PlateNumber.normalise(null));
    assertFalse(PlateNumber.same(null, null));
    assertFalse(PlateNumber.same(" - ", "."));
  }
}
