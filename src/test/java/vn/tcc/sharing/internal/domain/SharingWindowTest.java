package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.domain.Agreements.hours;
import static vn.tcc.sharing.internal.domain.Agreements.local;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharingWindowTest {
  @Test
  void daytime_hours_include_the_start_and_exclude_the_end() {
    SharingWindow office = hours("08:00", "17:00");
    assertFalse(office.covers(local("2026-05-04T07:59:59")));
    assertTrue(office.covers(local("2026-05-04T08:00")));
    assertTrue(office.covers(local("2026-05-04T16:59:59")));
    assertFalse(office.covers(local("2026-05-04T17:00")));
  }

  @Test
  void hours_are_read_in_vietnam_whatever_the_instant_says() {
    SharingWindow office = hours("08:00", "17:00");
    // 01:30 UTC is 08:30 in Ho Chi Minh City; 09:30 UTC is 16:30 there; 10:30 UTC is 17:30.
    assertTrue(office.covers(Instant.parse("2026-05-04T01:30:00Z")));
    assertTrue(office.covers(Instant.parse("2026-05-04T09:30:00Z")));
    assertFalse(office.covers(Instant.parse("2026-05-04T10:30:00Z")));
  }

  @Test
  void night_hours_cross_midnight() {
    SharingWindow night = hours("22:00", "06:00");
    assertTrue(night.crossesMidnight());
    assertTrue(night.covers(local("2026-05-04T22:00")));
    assertTrue(night.covers(local("2026-05-04T23:59:59")));
    assertTrue(night.covers(local("2026-05-05T00:00")));
    assertTrue(night.covers(local("2026-05-05T05:59:59")));
    assertFalse(night.covers(local("2026-05-05T06:00")));
    assertFalse(night.covers(local("2026-05-05T12:00")));
    assertFalse(night.covers(local("2026-05-05T21:59:59")));
    // 15:30 UTC is 22:30 in Vietnam: inside, though the UTC day says afternoon.
    assertTrue(night.covers(Instant.parse("2026-05-04T15:30:00Z")));
  }

  @Test
  void the_days_name_the_day_a_night_window_starts_on() {
    // 2026-05-08 is a Friday.
    SharingWindow fridayNight = hours("22:00", "06:00", DayOfWeek.FRIDAY);
    assertTrue(fridayNight.covers(local("2026-05-08T23:00")), "Friday 23:00");
    assertTrue(fridayNight.covers(local("2026-05-09T02:00")), "Saturday 02:00 is Friday's night");
    assertFalse(fridayNight.covers(local("2026-05-08T02:00")), "Friday 02:00 is Thursday's night");
    assertFalse(fridayNight.covers(local("2026-05-09T23:00")), "Saturday's own night");
  }

  @Test
  void equal_ends_mean_the_whole_of_each_listed_day() {
    SharingWindow weekdays =
        hours(
            "00:00",
            "00:00",
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    assertTrue(weekdays.wholeDay());
    assertTrue(weekdays.covers(local("2026-05-08T23:59:59")), "Friday");
    assertFalse(weekdays.covers(local("2026-05-09T00:00")), "Saturday");
  }

  @Test
  void a_window_needs_at_least_one_day() {
    SharingRuleException none =
        assertThrows(
            SharingRuleException.class,
            () -> new SharingWindow(LocalTime.NOON, LocalTime.MIDNIGHT, Set.of()));
    assertEquals("sharing.agreement.daysRequired", none.messageKey());
  }
}
