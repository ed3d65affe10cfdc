package vn.tcc.command.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;

class PlaybackTimeTest {
  @Test
  void a_local_time_is_a_time_in_ho_chi_minh_city_and_an_offset_is_kept() {
    assertEquals(Instant.parse("2026-12-07T02:30:00Z"), PlaybackTime.parse("2026-12-07T09:30"));
    assertEquals(
        Instant.parse("2026-12-07T02:30:00Z"), PlaybackTime.parse("2026-12-07T09:30:00+07:00"));
    assertEquals(Instant.parse("2026-12-07T09:30:00Z"), PlaybackTime.parse("2026-12-07T09:30Z"));
  }

  @Test
  void missing_hostile_and_absurd_times_are_bad_requests() {
    char[] big = new char[100_000];
    Arrays.fill(big, '9');
    for (String bad :
        new String[] {
          null,
          "",
          "  ",
          "yesterday",
          "2026-12-07\u000009:30",
          new String(big),
          "+999999999-12-31T23:59",
          "+999999999-12-31T23:59+07:00",
          "-999999999-01-01T00:00Z",
          "1970-01-01T00:00",
          "2026-13-01T00:00"
        }) {
      assertEquals(
          400,
          assertThrows(ProblemException.class, () -> PlaybackTime.parse(bad)).status(),
          String.valueOf(bad).length() > 40 ? "100k" : bad);
    }
  }
}
