package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedBandTest {
  @ParameterizedTest(name = "{0} km/h over: {1}")
  @CsvSource({
    "4.9, ",
    "5, FROM_5_UNDER_10",
    "9.99, FROM_5_UNDER_10",
    "10, FROM_10_TO_20",
    "20, FROM_10_TO_20",
    "20.01, OVER_20_TO_35",
    "35, OVER_20_TO_35",
    "35.1, OVER_35",
    "120, OVER_35"
  })
  void the_decrees_words_decide_which_band_holds_each_end(String over, String expected) {
    SpeedBand[] carAndMotorbikeBands = {
      SpeedBand.FROM_5_UNDER_10, SpeedBand.FROM_10_TO_20, SpeedBand.OVER_20_TO_35, SpeedBand.OVER_35
    };
    String found = null;
    for (SpeedBand band : carAndMotorbikeBands) {
      if (band.contains(new BigDecimal(over))) {
        assertEquals(null, found, "one band only");
        found = band.name();
      }
    }
    assertEquals(expected, found);
  }

  @Test
  void adjacent_bands_do_not_overlap_and_an_open_band_overlaps_those_inside_it() {
    assertFalse(SpeedBand.FROM_5_UNDER_10.overlaps(SpeedBand.FROM_10_TO_20));
    assertFalse(SpeedBand.FROM_10_TO_20.overlaps(SpeedBand.OVER_20_TO_35));
    assertFalse(SpeedBand.OVER_20_TO_35.overlaps(SpeedBand.OVER_35));
    assertFalse(SpeedBand.FROM_10_TO_20.overlaps(SpeedBand.OVER_20));
    assertTrue(SpeedBand.OVER_20.overlaps(SpeedBand.OVER_20_TO_35));
    assertTrue(SpeedBand.OVER_35.overlaps(SpeedBand.OVER_20));
    assertTrue(SpeedBand.FROM_10_TO_20.overlaps(SpeedBand.FROM_10_TO_20));
  }

  @Test
  void a_band_starts_above_an_excess_too_small_for_it() {
    assertTrue(SpeedBand.FROM_10_TO_20.startsAbove(new BigDecimal("9.9")));
    assertFalse(SpeedBand.FROM_10_TO_20.startsAbove(BigDecimal.TEN));
    assertTrue(SpeedBand.OVER_20_TO_35.startsAbove(BigDecimal.valueOf(20)));
  }
}
