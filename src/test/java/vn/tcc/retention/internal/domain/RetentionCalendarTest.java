package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.retention.internal.domain.Retention.day;
import static vn.tcc.retention.internal.domain.Retention.local;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionCalendarTest {
  private static final Period THIRTY_DAYS = Period.ofDays(30);

  @Test
  void an_item_captured_at_23_59_local_counts_from_that_day_though_utc_says_the_day_before() {
    // 1 March 23:59 in Vietnam is 1 March 16:59 UTC; 2 March 06:59 in Vietnam is 1 March 23:59 UTC.
    Instant lateEvening = Instant.parse("2026-03-01T16:59:00Z");
    Instant nextMorning = Instant.parse("2026-03-01T23:59:00Z");

    assertEquals(day("2026-03-31"), RetentionCalendar.lastDay(lateEvening, THIRTY_DAYS));
    assertEquals(day("2026-04-01"), RetentionCalendar.lastDay(nextMorning, THIRTY_DAYS));
  }

  @Test
  void an_item_captured_at_00_00_local_counts_from_the_new_day() {
    assertEquals(
        day("2026-03-31"), RetentionCalendar.lastDay(local("2026-03-01T23:59:59"), THIRTY_DAYS));
    assertEquals(
        day("2026-04-01"), RetentionCalendar.lastDay(local("2026-03-02T00:00"), THIRTY_DAYS));
  }

  @Test
  void an_item_falls_due_at_the_local_midnight_after_its_last_day() {
    assertEquals(Instant.parse("2026-03-31T17:00:00Z"), RetentionCalendar.dueAt(day("2026-03-31")));
  }

  @Test
  void an_item_is_kept_through_the_whole_of_its_last_local_day() {
    KeepUntil through31March = new KeepUntil.Through(day("2026-03-31"));

    assertFalse(through31March.isDueAt(local("2026-03-31T23:59:59")));
    assertTrue(through31March.isDueAt(local("2026-04-01T00:00")));
  }

  @Test
  void one_month_from_31_january_ends_on_the_last_day_of_february() {
    Period oneMonth = Period.ofMonths(1);

    assertEquals(day("2026-02-28"), RetentionCalendar.lastDay(day("2026-01-31"), oneMonth));
    assertEquals(day("2028-02-29"), RetentionCalendar.lastDay(day("2028-01-31"), oneMonth));
  }

  @Test
  void one_year_from_29_february_ends_on_28_february() {
    assertEquals(
        day("2029-02-28"), RetentionCalendar.lastDay(day("2028-02-29"), Period.ofYears(1)));
    assertEquals(
        day("2032-02-29"), RetentionCalendar.lastDay(day("2028-02-29"), Period.ofYears(4)));
  }

  @Test
  void thirty_days_from_31_january_end_a_day_earlier_in_a_leap_year() {
    assertEquals(day("2028-03-01"), RetentionCalendar.lastDay(day("2028-01-31"), THIRTY_DAYS));
    assertEquals(day("2026-03-02"), RetentionCalendar.lastDay(day("2026-01-31"), THIRTY_DAYS));
  }
}
