package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder to a unit that its report on a form for a period is due soon or overdue. */
public record Reminder(
    long id,
    String unitCode,
    String formCode,
    String periodKey,
    Kind kind,
    LocalDate dueOn,
    Instant createdAt) {

  public enum Kind {
    DUE_SOON,
    OVERDUE
  }

  /**
   * Which reminder a period calls for on a day, if any: {@code DUE_SOON} from {@code daysBefore}
   * days before the due day to the due day, {@code OVERDUE} after it until entry locks.
   */
  public static Kind due(ReportingPeriod period, LocalDate today, int daysBefore) {
    if (!today.isBefore(period.dueOn().minusDays(daysBefore)) && !today.isAfter(period.dueOn())) {
      return Kind.DUE_SOON;
    }
    if (today.isAfter(period.dueOn()) && today.isBefore(period.lockedFrom())) {
      return Kind.OVERDUE;
    }
    return null;
  }
}
