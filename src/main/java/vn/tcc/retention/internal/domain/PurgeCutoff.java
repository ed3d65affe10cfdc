package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import vn.tcc.retention.api.DataClass;

/**
 * How far back a purge asks a source for candidates: only items whose retention started before the
 * returned instant can be due now, so a source answers from an index on its start column and never
 * walks the data that is plainly too young (a month of footage, not years of it).
 *
 * <p>An item is due only when its own policy claim has ended, whatever else keeps it (the case and
 * hold claims only add time): {@code startDay + period < today} for some version of its class. A
 * month is never shorter than 28 days and a year never shorter than 365 ({@link
 * LocalDate#plus(java.time.temporal.TemporalAmount)} ends a month on its last day when the day is
 * missing), so {@code startDay + period >= startDay + minimumDays(period)}; an item that is due
 * therefore started before the local day {@code today - minimumDays} for the <b>shortest</b> period
 * any version of the class, at any level and for any owner, could give it. The bound is loose by a
 * few days for months, never tight: the rules decide each item exactly.
 *
 * <p>Shared camera data received under an agreement follows the agreement's own period, which may
 * be shorter than any policy: its sources are asked for everything started before now.
 */
public final class PurgeCutoff {
  private PurgeCutoff() {}

  /**
   * The instant before which the retention of an item of {@code dataClass} must have started for it
   * to be due at {@code now}; null when no version of any level reaches the class (nothing of it
   * can be due: nothing is deleted without a policy).
   */
  public static Instant startedBefore(DataClass dataClass, PolicyBook book, Instant now) {
    if (dataClass == DataClass.SHARED_CAMERA_DATA) {
      return now;
    }
    OptionalInt shortest =
        book.versions().stream()
            .filter(v -> v.dataClass() == dataClass)
            .mapToInt(v -> minimumDays(v.period()))
            .min();
    if (shortest.isEmpty()) {
      return null;
    }
    LocalDate today = RetentionCalendar.day(now);
    return today
        .minusDays(shortest.getAsInt())
        .atStartOfDay(vn.tcc.shared.time.TccTime.ZONE)
        .toInstant();
  }

  /** The fewest days {@code period} can span from any start day. */
  static int minimumDays(Period period) {
    return (int) (period.getYears() * 365L + period.getMonths() * 28L + period.getDays());
  }
}
