package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZoneMinderClockTest {

  @Test
  void reads_the_zone_zoneminder_names_and_converts_its_wall_clock_to_an_instant() {
    String tz = ZoneMinderJson.text(Fixtures.json("timezone.json"), "tz");
    ZoneMinderClock utc = ZoneMinderClock.of(tz);

    assertEquals("Etc/UTC", tz);
    assertEquals(Instant.parse("2026-11-21T08:40:09Z"), utc.toInstant("2026-11-21 08:40:09"));
  }

  @Test
  void a_vietnamese_server_is_seven_hours_ahead_of_utc() {
    ZoneMinderClock hanoi = ZoneMinderClock.of("Asia/Ho_Chi_Minh");

    assertEquals(Instant.parse("2026-11-21T01:40:09Z"), hanoi.toInstant("2026-11-21 08:40:09"));
    assertEquals("2026-11-21 08:40:09", hanoi.toLocal(Instant.parse("2026-11-21T01:40:09.900Z")));
  }

  @Test
  void formats_instants_cut_to_the_second_as_zoneminder_compares_them() {
    ZoneMinderClock utc = ZoneMinderClock.of("UTC");

    assertEquals("2026-01-02 03:04:05", utc.toLocal(Instant.parse("2026-01-02T03:04:05.999Z")));
  }

  @Test
  void no_time_is_null_and_garbage_is_refused() {
    ZoneMinderClock utc = ZoneMinderClock.of("UTC");

    assertNull(utc.toInstant(null));
    assertNull(utc.toInstant(""));
    assertNull(utc.toInstant("0000-00-00 00:00:00"));
    assertThrows(IllegalArgumentException.class, () -> utc.toInstant("21/11/2026"));
    assertThrows(IllegalArgumentException.class, () -> ZoneMinderClock.of("Mars/Olympus"));
  }

  @Test
  void accepts_fractions_of_a_second() {
    assertEquals(
        Instant.parse("2026-11-21T08:40:09.250Z"),
        ZoneMinderClock.of("UTC").toInstant("2026-11-21 08:40:09.25"));
  }

  @Test
  void daylight_saving_overlap_takes_the_earlier_offset_and_a_gap_moves_forward() {
    ZoneMinderClock newYork = ZoneMinderClock.of("America/New_York");

    // 2026-11-01 01:30 happens twice in New York: first at -04:00.
    assertEquals(Instant.parse("2026-11-01T05:30:00Z"), newYork.toInstant("2026-11-01 01:30:00"));
    // 2026-03-08 02:30 does not exist: it is read as 03:30 -04:00.
    assertEquals(Instant.parse("2026-03-08T07:30:00Z"), newYork.toInstant("2026-03-08 02:30:00"));
  }
}
