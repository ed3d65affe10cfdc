package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinessTest {
  private final ReportingCalendar calendar = ReportingCalendar.decree09();

  private static ReportingUnit unit(String code) {
    return new ReportingUnit(code, code, code, UnitKind.COMMUNE_POLICE, null);
  }

  @Test
  void on_time_means_by_the_end_of_the_due_day_in_vietnam() {
    ReportingPeriod november = calendar.parse("2026-M11"); // 15/10 → 14/11, due 20/11
    assertEquals("2026-11-20", november.dueOn().toString());
    // 23:59 on the due day in Hà Nội is 16:59 UTC.
    assertTrue(Timeliness.onTime(november, Instant.parse("2026-11-20T16:59:00Z")));
    assertFalse(Timeliness.onTime(november, Instant.parse("2026-11-20T17:00:00Z")));
    assertFalse(Timeliness.onTime(november, null));
  }

  @Test
  void rates_count_expected_actual_and_on_time_reports_per_unit() {
    ReportingPeriod october = calendar.parse("2026-M10");
    ReportingPeriod november = calendar.parse("2026-M11");
    List<Timeliness.Filing> filings =
        List.of(
            new Timeliness.Filing(
                "A", "2026-M10", SubmissionState.ACCEPTED, Instant.parse("2026-10-18T02:00:00Z")),
            new Timeliness.Filing(
                "A", "2026-M11", SubmissionState.RETURNED, Instant.parse("2026-11-25T02:00:00Z")),
            new Timeliness.Filing("B", "2026-M11", SubmissionState.DRAFT, null));
    List<Timeliness.UnitRate> rates =
        Timeliness.rates(List.of(unit("A"), unit("B")), List.of(october, november), filings);
    Timeliness.UnitRate a = rates.get(0);
    assertEquals(2, a.expected());
    assertEquals(2, a.actual());
    assertEquals(1, a.onTime());
    assertEquals(new BigDecimal("100.0"), a.reportingRate());
    assertEquals(new BigDecimal("50.0"), a.onTimeRate());
    Timeliness.UnitRate b = rates.get(1);
    assertEquals(0, b.actual());
    assertEquals(new BigDecimal("0.0"), b.onTimeRate());
    assertNull(Timeliness.rates(List.of(unit("C")), List.of(), List.of()).get(0).reportingRate());
  }

  @Test
  void a_reminder_comes_three_days_before_the_due_day_then_overdue_until_the_lock() {
    ReportingPeriod november = calendar.parse("2026-M11"); // due 20/11
    assertNull(Reminder.due(november, java.time.LocalDate.parse("2026-11-16"), 3));
    assertEquals(
        Reminder.Kind.DUE_SOON, Reminder.due(november, java.time.LocalDate.parse("2026-11-17"), 3));
    assertEquals(
        Reminder.Kind.DUE_SOON, Reminder.due(november, java.time.LocalDate.parse("2026-11-20"), 3));
    assertEquals(
        Reminder.Kind.OVERDUE, Reminder.due(november, java.time.LocalDate.parse("2026-11-21"), 3));
    assertEquals(
        Reminder.Kind.OVERDUE, Reminder.due(november, november.lockedFrom().minusDays(1), 3));
    assertNull(Reminder.due(november, november.lockedFrom(), 3));
  }
}
