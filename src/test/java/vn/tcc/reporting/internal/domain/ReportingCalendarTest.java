package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {
  private final ReportingCalendar decree = ReportingCalendar.decree09();

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void a_month_runs_from_the_15th_of_the_previous_month_to_the_14th() {
    ReportingPeriod december = decree.period(PeriodKind.MONTHLY, 2026, 12);
    assertEquals(day("2026-11-15"), december.firstDay());
    assertEquals(day("2026-12-14"), december.lastDay());
    assertEquals("2026-M12", december.key());
    assertEquals(day("2026-12-20"), december.dueOn(), "six days after the cut-off: the 20th");
    assertEquals(day("2026-12-31"), december.lockedFrom(), "locked the 11th day after the due day");
  }

  @Test
  void the_year_and_its_halves_and_quarters_start_on_15_december_of_the_year_before() {
    ReportingPeriod year = decree.period(PeriodKind.YEARLY, 2027, 1);
    assertEquals(day("2026-12-15"), year.firstDay());
    assertEquals(day("2027-12-14"), year.lastDay());
    assertEquals("2027-Y", year.key());

    ReportingPeriod firstHalf = decree.period(PeriodKind.SIX_MONTHLY, 2027, 1);
    assertEquals(day("2026-12-15"), firstHalf.firstDay());
    assertEquals(day("2027-06-14"), firstHalf.lastDay());
    ReportingPeriod secondHalf = decree.period(PeriodKind.SIX_MONTHLY, 2027, 2);
    assertEquals(day("2027-06-15"), secondHalf.firstDay());
    assertEquals(day("2027-12-14"), secondHalf.lastDay());

    ReportingPeriod firstQuarter = decree.period(PeriodKind.QUARTERLY, 2027, 1);
    assertEquals(day("2026-12-15"), firstQuarter.firstDay());
    assertEquals(day("2027-03-14"), firstQuarter.lastDay());
    assertEquals("2027-Q1", firstQuarter.key());
  }

  @Test
  void across_the_year_end_the_15th_of_december_belongs_to_the_next_year() {
    assertEquals("2026-M12", decree.containing(PeriodKind.MONTHLY, day("2026-12-14")).key());
    assertEquals("2027-M01", decree.containing(PeriodKind.MONTHLY, day("2026-12-15")).key());
    assertEquals("2026-Q4", decree.containing(PeriodKind.QUARTERLY, day("2026-12-14")).key());
    assertEquals("2027-Q1", decree.containing(PeriodKind.QUARTERLY, day("2026-12-15")).key());
    assertEquals("2026-H2", decree.containing(PeriodKind.SIX_MONTHLY, day("2026-12-14")).key());
    assertEquals("2027-H1", decree.containing(PeriodKind.SIX_MONTHLY, day("2026-12-15")).key());
    assertEquals("2026-Y", decree.containing(PeriodKind.YEARLY, day("2026-12-14")).key());
    assertEquals("2027-Y", decree.containing(PeriodKind.YEARLY, day("2026-12-31")).key());
    assertEquals("2027-M01", decree.containing(PeriodKind.MONTHLY, day("2027-01-01")).key());
  }

  @Test
  void the_cut_off_is_vietnams_midnight_not_the_servers() {
    // 14/12/2026 23:59:59 in Hanoi is 16:59:59 UTC; 15/12 00:00 is 17:00 UTC the day before.
    assertEquals(
        "2026-M12",
        decree.containing(PeriodKind.MONTHLY, Instant.parse("2026-12-14T16:59:59Z")).key());
    assertEquals(
        "2027-M01",
        decree.containing(PeriodKind.MONTHLY, Instant.parse("2026-12-14T17:00:00Z")).key());
    ReportingPeriod january = decree.period(PeriodKind.MONTHLY, 2027, 1);
    assertEquals(Instant.parse("2026-12-14T17:00:00Z"), january.from());
    assertEquals(Instant.parse("2027-01-14T17:00:00Z"), january.to());
    assertTrue(january.contains(Instant.parse("2026-12-14T17:00:00Z")));
    assertFalse(january.contains(Instant.parse("2027-01-14T17:00:00Z")));
  }

  @Test
  void the_lunar_new_year_falls_inside_one_period_with_no_gap_or_overlap() {
    // Tết Bính Ngọ: 17/02/2026 (the eve 16/02); Tết Đinh Mùi: 06/02/2027.
    ReportingPeriod tet2026 = decree.containing(PeriodKind.MONTHLY, day("2026-02-17"));
    assertEquals("2026-M03", tet2026.key());
    assertEquals(day("2026-02-15"), tet2026.firstDay());
    assertEquals(day("2026-03-14"), tet2026.lastDay());
    assertEquals(
        "2026-M03",
        decree.containing(PeriodKind.MONTHLY, Instant.parse("2026-02-16T17:00:00Z")).key(),
        "midnight of the first day of Tết in Hanoi");
    ReportingPeriod before = decree.previous(tet2026);
    assertEquals(day("2026-02-14"), before.lastDay(), "February has 28 days in 2026: no gap");
    assertEquals("2026-Q1", decree.containing(PeriodKind.QUARTERLY, day("2026-02-17")).key());

    ReportingPeriod tet2027 = decree.containing(PeriodKind.MONTHLY, day("2027-02-06"));
    assertEquals("2027-M02", tet2027.key());
    assertEquals(day("2027-01-15"), tet2027.firstDay());
    assertEquals(day("2027-02-14"), tet2027.lastDay());
    assertEquals(day("2027-02-20"), tet2027.dueOn());
  }

  @Test
  void consecutive_periods_tile_the_calendar_for_every_kind() {
    for (PeriodKind kind : PeriodKind.values()) {
      ReportingPeriod period = decree.period(kind, 2025, 1);
      for (int i = 0; i < 30; i++) {
        ReportingPeriod next = decree.next(period);
        assertEquals(period.lastDay().plusDays(1), next.firstDay(), kind + " after " + period);
        assertEquals(period, decree.previous(next));
        period = next;
      }
    }
  }

  @Test
  void the_cut_off_day_and_the_due_and_lock_days_are_settings() {
    ReportingCalendar calendarMonths = new ReportingCalendar(1, Map.of(PeriodKind.MONTHLY, 10), 5);
    ReportingPeriod february = calendarMonths.period(PeriodKind.MONTHLY, 2028, 2);
    assertEquals(day("2028-02-01"), february.firstDay());
    assertEquals(day("2028-02-29"), february.lastDay(), "a leap year");
    assertEquals(day("2028-03-10"), february.dueOn());
    assertEquals(day("2028-03-16"), february.lockedFrom());
    assertEquals(day("2028-12-31"), calendarMonths.period(PeriodKind.YEARLY, 2028, 1).lastDay());

    ReportingCalendar on20th = new ReportingCalendar(20, Map.of(), 10);
    assertEquals(day("2026-11-20"), on20th.period(PeriodKind.MONTHLY, 2026, 12).firstDay());
    assertEquals("2027-M01", on20th.containing(PeriodKind.MONTHLY, day("2026-12-20")).key());

    assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(29, Map.of(), 10));
    assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(0, Map.of(), 10));
  }

  @Test
  void entry_locks_on_the_lock_day_in_vietnam() {
    ReportingPeriod december = decree.period(PeriodKind.MONTHLY, 2026, 12);
    assertFalse(december.isLockedAt(Instant.parse("2026-12-30T16:59:59Z")));
    assertTrue(december.isLockedAt(Instant.parse("2026-12-30T17:00:00Z")));
    assertFalse(december.hasStartedAt(Instant.parse("2026-11-14T16:59:59Z")));
    assertTrue(december.hasStartedAt(Instant.parse("2026-11-14T17:00:00Z")));
  }

  @Test
  void keys_parse_back_and_nothing_else_does() {
    for (String key : List.of("2026-M01", "2026-M12", "2026-Q4", "2026-H1", "2026-Y")) {
      assertEquals(key, decree.parse(key).key());
    }
    assertEquals("2026-M03", decree.parse("2026-M3").key());
    for (String bad :
        new String[] {
          null,
          "",
          "2026",
          "2026-M13",
          "2026-M00",
          "2026-Q5",
          "2026-H3",
          "999999999-M01",
          "1999-M12",
          "2201-Y",
          "2026-m12",
          "2026-M12\u0000",
          "2026-W01"
        }) {
      assertThrows(IllegalArgumentException.class, () -> decree.parse(bad), String.valueOf(bad));
    }
  }

  @Test
  void recent_lists_the_current_period_first() {
    List<ReportingPeriod> recent =
        decree.recent(PeriodKind.QUARTERLY, Instant.parse("2026-12-07T03:00:00Z"), 3);
    assertEquals(
        List.of("2026-Q4", "2026-Q3", "2026-Q2"),
        recent.stream().map(ReportingPeriod::key).toList());
  }
}
