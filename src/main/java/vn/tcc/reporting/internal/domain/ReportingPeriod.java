package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.tcc.shared.time.TccTime;

/**
 * One reporting period (kỳ báo cáo): the days whose data it covers, from the first to the last
 * inclusive (in Vietnam's calendar), the day the report is due, and the day entry locks. Built by
 * {@link ReportingCalendar}, which knows the cut-off.
 *
 * @param number the month (1-12), quarter (1-4), half (1-2) or 1 for a year
 * @param lockedFrom the first day on which entry is refused
 */
public record ReportingPeriod(
    PeriodKind kind,
    int year,
    int number,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalDate dueOn,
    LocalDate lockedFrom) {

  /** The key clients and URLs use: 2026-M12, 2026-Q4, 2026-H1, 2026-Y. */
  public String key() {
    return kind == PeriodKind.YEARLY
        ? year + "-Y"
        : year
            + "-"
            + kind.letter()
            + (kind == PeriodKind.MONTHLY && number < 10 ? "0" : "")
            + number;
  }

  /** The first instant of the data: midnight of the first day in Asia/Ho_Chi_Minh. */
  public Instant from() {
    return firstDay.atStartOfDay(TccTime.ZONE).toInstant();
  }

  /** The end of the data, exclusive: midnight after the last day in Asia/Ho_Chi_Minh. */
  public Instant to() {
    return lastDay.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from()) && instant.isBefore(to());
  }

  /** Entry (a draft, a figure, a submission) is refused from {@link #lockedFrom} on. */
  public boolean isLockedAt(Instant now) {
    return !now.isBefore(lockedFrom.atStartOfDay(TccTime.ZONE).toInstant());
  }

  /** A period whose first day has not come has no data to report yet. */
  public boolean hasStartedAt(Instant now) {
    return !now.isBefore(from());
  }

  @Override
  public String toString() {
    return key();
  }
}
