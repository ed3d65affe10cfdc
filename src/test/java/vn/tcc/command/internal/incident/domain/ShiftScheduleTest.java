package vn.tcc.command.internal.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShiftScheduleTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final ShiftSchedule three = new ShiftSchedule(VIETNAM, LocalTime.of(6, 0), 3);

  @Test
  void the_first_shift_runs_from_six_to_two_in_the_afternoon() {
    ShiftSchedule.Shift shift = three.shiftAt(Instant.parse("2026-12-07T01:30:00Z")); // 08:30
    assertEquals(1, shift.number());
    assertEquals(LocalDate.of(2026, 12, 7), shift.day());
    assertEquals(Instant.parse("2026-12-06T23:00:00Z"), shift.start()); // 06:00
    assertEquals(Instant.parse("2026-12-07T07:00:00Z"), shift.end()); // 14:00
  }

  @Test
  void the_night_shift_after_midnight_belongs_to_the_day_before() {
    ShiftSchedule.Shift shift =
        three.shiftAt(Instant.parse("2026-12-07T19:00:00Z")); // 02:00 on the 8th
    assertEquals(3, shift.number());
    assertEquals(LocalDate.of(2026, 12, 7), shift.day());
    assertEquals(Instant.parse("2026-12-07T15:00:00Z"), shift.start()); // 22:00
  }

  @Test
  void a_shift_starts_at_its_first_instant() {
    assertEquals(2, three.shiftAt(Instant.parse("2026-12-07T07:00:00Z")).number()); // 14:00
  }

  @Test
  void previous_and_next_cross_the_day() {
    ShiftSchedule.Shift first = three.shift(LocalDate.of(2026, 12, 7), 1);
    assertEquals(three.shift(LocalDate.of(2026, 12, 6), 3), three.previous(first));
    assertEquals(first, three.next(three.previous(first)));
  }

  @Test
  void shifts_must_divide_the_day() {
    assertThrows(
        IllegalArgumentException.class, () -> new ShiftSchedule(VIETNAM, LocalTime.of(6, 0), 5));
  }
}
