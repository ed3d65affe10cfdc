package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tcc.shared.time.TccTime;

/**
 * The reporting calendar: which days each period covers, when it is due and when entry locks.
 *
 * <p>Decree 09/2019/ND-CP (Art. 12) cuts the data of a monthly report on the 14th: the month M runs
 * from the 15th of M-1 to the 14th of M, so a quarter runs 15/12 → 14/3 for Q1, six months 15/12 →
 * 14/6 and a year 15/12 → 14/12 (the year's first period starts in the previous calendar year).
 * Every kind is a run of reporting months, so one rule, the first day of reporting month M, gives
 * them all. The cut-off is a setting ({@code cutoffDay}, 1 to 28): 15 follows the decree, 1 gives
 * calendar months. A period is due {@code dueDays} after its last day and locks {@code lockDays}
 * after its due day; days are Vietnam's (Asia/Ho_Chi_Minh), whatever the server's zone.
 */
public final class ReportingCalendar {
  public static final int DECREE_09_CUTOFF_DAY = 15;

  /** The 14th + 6 = the 20th: the day most provincial regimes set for the monthly report. */
  public static final int DEFAULT_DUE_DAYS = 6;

  public static final int DEFAULT_LOCK_DAYS = 10;

  /** Years outside this range are typing mistakes or probes, not reporting periods. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2200;

  private static final Pattern KEY = Pattern.compile("(\\d{4})-(?:([MQH])(\\d{1,2})|Y)");

  private final int cutoffDay;
  private final Map<PeriodKind, Integer> dueDays;
  private final int lockDays;

  public ReportingCalendar(int cutoffDay, Map<PeriodKind, Integer> dueDays, int lockDays) {
    if (cutoffDay < 1 || cutoffDay > 28) {
      throw new IllegalArgumentException("The cut-off day is 1 to 28, not " + cutoffDay);
    }
    if (lockDays < 0 || lockDays > 366) {
      throw new IllegalArgumentException("Lock days are 0 to 366, not " + lockDays);
    }
    this.cutoffDay = cutoffDay;
    this.dueDays = new EnumMap<>(PeriodKind.class);
    for (PeriodKind kind : PeriodKind.values()) {
      int days = dueDays.getOrDefault(kind, DEFAULT_DUE_DAYS);
      if (days < 0 || days > 366) {
        throw new IllegalArgumentException("Due days are 0 to 366, not " + days);
      }
      this.dueDays.put(kind, days);
    }
    this.lockDays = lockDays;
  }

  /** The decree's calendar: cut-off on the 15th, due 6 days after, locked 10 days after that. */
  public static ReportingCalendar decree09() {
    return new ReportingCalendar(DECREE_09_CUTOFF_DAY, Map.of(), DEFAULT_LOCK_DAYS);
  }

  public int cutoffDay() {
    return cutoffDay;
  }

  /** The period of this kind, year and number (month 1-12, quarter 1-4, half 1-2, year 1). */
  public ReportingPeriod period(PeriodKind kind, int year, int number) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    if (number < 1 || number > kind.perYear()) {
      throw new IllegalArgumentException(kind + " has no number " + number);
    }
    YearMonth firstMonth = YearMonth.of(year, (number - 1) * kind.months() + 1);
    LocalDate first = firstDayOf(firstMonth);
    LocalDate last = firstDayOf(firstMonth.plusMonths(kind.months())).minusDays(1);
    LocalDate due = last.plusDays(dueDays.get(kind));
    return new ReportingPeriod(kind, year, number, first, last, due, due.plusDays(lockDays + 1L));
  }

  /** The period of this kind whose data include the given day. */
  public ReportingPeriod containing(PeriodKind kind, LocalDate day) {
    // The reporting month a day belongs to: from the cut-off on, it is the next calendar month's.
    YearMonth month = YearMonth.from(day);
    if (cutoffDay > 1 && day.getDayOfMonth() >= cutoffDay) {
      month = month.plusMonths(1);
    }
    return period(kind, month.getYear(), (month.getMonthValue() - 1) / kind.months() + 1);
  }

  /** The period of this kind whose data include the given instant, in Vietnam's calendar. */
  public ReportingPeriod containing(PeriodKind kind, Instant instant) {
    return containing(kind, LocalDate.ofInstant(instant, TccTime.ZONE));
  }

  public ReportingPeriod previous(ReportingPeriod period) {
    return containing(period.kind(), period.firstDay().minusDays(1));
  }

  public ReportingPeriod next(ReportingPeriod period) {
    return containing(period.kind(), period.lastDay().plusDays(1));
  }

  /** The current period of this kind and the {@code count - 1} before it, newest first. */
  public List<ReportingPeriod> recent(PeriodKind kind, Instant now, int count) {
    List<ReportingPeriod> periods = new ArrayList<>();
    ReportingPeriod period = containing(kind, now);
    for (int i = 0; i < count; i++) {
      periods.add(period);
      period = previous(period);
    }
    return periods;
  }

  /**
   * A period from its key (2026-M12, 2026-Q4, 2026-H1, 2026-Y).
   *
   * @throws IllegalArgumentException for anything else, or a year out of range
   */
  public ReportingPeriod parse(String key) {
    Matcher matcher = key == null ? null : KEY.matcher(key);
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException("Not a period key: " + key);
    }
    int year = Integer.parseInt(matcher.group(1));
    if (matcher.group(2) == null) {
      return period(PeriodKind.YEARLY, year, 1);
    }
    PeriodKind kind =
        switch (matcher.group(2)) {
          case "M" -> PeriodKind.MONTHLY;
          case "Q" -> PeriodKind.QUARTERLY;
          default -> PeriodKind.SIX_MONTHLY;
        };
    return period(kind, year, Integer.parseInt(matcher.group(3)));
  }

  /** The first day of reporting month {@code month}: the cut-off day of the month before. */
  private LocalDate firstDayOf(YearMonth month) {
    return cutoffDay == 1 ? month.atDay(1) : month.minusMonths(1).atDay(cutoffDay);
  }
}
