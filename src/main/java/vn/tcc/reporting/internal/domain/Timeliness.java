package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.time.TccTime;

/**
 * Reporting rates per unit the way DHIS2 counts them: <em>expected</em> reports (one per unit that
 * files the form and per period whose due day has passed), <em>actual</em> ones (submitted at all:
 * the first submission counts, a later return does not undo it) and those <em>on time</em> (first
 * submitted by the end of the due day, Vietnam's time). Rates are actual / expected and on time /
 * expected, in percent to one decimal.
 */
public final class Timeliness {
  private Timeliness() {}

  /** A unit's report for a period: its state and when it was first submitted (null: never). */
  public record Filing(
      String unitCode, String periodKey, SubmissionState state, Instant firstSubmittedAt) {}

  /** A unit's counts and rates (percent, one decimal; null when nothing was expected). */
  public record UnitRate(
      String unitCode,
      String nameVi,
      int expected,
      int actual,
      int onTime,
      BigDecimal reportingRate,
      BigDecimal onTimeRate) {
    static UnitRate of(String unitCode, String nameVi, int expected, int actual, int onTime) {
      return new UnitRate(
          unitCode,
          nameVi,
          expected,
          actual,
          onTime,
          rate(actual, expected),
          rate(onTime, expected));
    }
  }

  /**
   * Whether a first submission at {@code at} is on time for the period: by the end of its due day.
   */
  public static boolean onTime(ReportingPeriod period, Instant at) {
    return at != null
        && at.isBefore(period.dueOn().plusDays(1).atStartOfDay(TccTime.ZONE).toInstant());
  }

  /**
   * @param units the units expected to file (active, of a kind that files the form)
   * @param periods the periods whose due day has passed
   */
  public static List<UnitRate> rates(
      List<ReportingUnit> units, List<ReportingPeriod> periods, List<Filing> filings) {
    Map<String, Filing> byKey = new HashMap<>();
    filings.forEach(f -> byKey.put(f.unitCode() + "|" + f.periodKey(), f));
    List<UnitRate> rates = new ArrayList<>();
    for (ReportingUnit unit : units) {
      int actual = 0;
      int onTime = 0;
      for (ReportingPeriod period : periods) {
        Filing filing = byKey.get(unit.code() + "|" + period.key());
        if (filing != null && filing.firstSubmittedAt() != null) {
          actual++;
          if (onTime(period, filing.firstSubmittedAt())) {
            onTime++;
          }
        }
      }
      rates.add(UnitRate.of(unit.code(), unit.nameVi(), periods.size(), actual, onTime));
    }
    return rates;
  }

  static BigDecimal rate(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
