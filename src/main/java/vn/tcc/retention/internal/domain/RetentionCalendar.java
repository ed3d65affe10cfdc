package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import vn.tcc.shared.time.TccTime;

/**
 * How long "kept for a period" is: in calendar days of Vietnam (Asia/Ho_Chi_Minh), whatever the
 * server's zone. The period starts the day after the local day retention started and ends with its
 * last day, included (as {@code CaseDeadlines} counts a deadline): the item is kept through that
 * whole day and falls due at the next local midnight, 00:00 +07:00.
 *
 * <pre>
 * 30 days from 1 March 10:00 or 23:59   kept through 31 March, due 1 April 00:00 +07:00
 * 30 days from 2 March 00:00            kept through 1 April,  due 2 April 00:00 +07:00
 * 1 month from 31 January 2026          kept through 28 February (no 31 February: the month's end)
 * 1 month from 31 January 2028          kept through 29 February (leap year)
 * 1 year from 29 February 2028          kept through 28 February 2029
 * </pre>
 *
 * Months and years end on the same day of the month, or on the month's last day when it has none,
 * as the Civil Code counts a period in months; {@link
 * LocalDate#plus(java.time.temporal.TemporalAmount)} does exactly that. Counting whole local days
 * means a purge never deletes something in the middle of its last day, and the whole province's
 * data falls due at one moment a day.
 */
public final class RetentionCalendar {
  private RetentionCalendar() {}

  /** The local day in Vietnam of an instant. */
  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, TccTime.ZONE);
  }

  /** The last day an item whose retention started at {@code start} is kept for {@code period}. */
  public static LocalDate lastDay(Instant start, Period period) {
    return lastDay(day(start), period);
  }

  /** The last day of {@code period} counted from the local day {@code startDay}. */
  public static LocalDate lastDay(LocalDate startDay, Period period) {
    return startDay.plus(period);
  }

  /** The moment an item kept through {@code lastDay} falls due: the next local midnight. */
  public static Instant dueAt(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
  }
}
