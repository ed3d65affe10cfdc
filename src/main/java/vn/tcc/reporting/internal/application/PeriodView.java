package vn.tcc.reporting.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.tcc.reporting.internal.domain.ReportingPeriod;

/**
 * A reporting period as the API and pages show it: its data range (days, and instants with {@code
 * to} exclusive), due day, lock day, and whether entry is open now.
 *
 * @param status NOT_STARTED, OPEN or LOCKED at the time asked
 */
public record PeriodView(
    String key,
    String kind,
    int year,
    int number,
    LocalDate firstDay,
    LocalDate lastDay,
    Instant from,
    Instant to,
    LocalDate dueOn,
    LocalDate lockedFrom,
    String status) {

  static PeriodView of(ReportingPeriod period, Instant now) {
    return new PeriodView(
        period.key(),
        period.kind().name(),
        period.year(),
        period.number(),
        period.firstDay(),
        period.lastDay(),
        period.from(),
        period.to(),
        period.dueOn(),
        period.lockedFrom(),
        !period.hasStartedAt(now) ? "NOT_STARTED" : period.isLockedAt(now) ? "LOCKED" : "OPEN");
  }
}
