package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One indicator of a synthesis: each unit's accepted figure, the province's total, TCC's own
 * province-wide figure beside it (a cross-check, not added: the communes' figures already come from
 * TCC's data), and the totals of the previous period and of the same period a year before.
 *
 * @param byUnit unit code → figure, for the units that gave one
 * @param total the sum of the units' figures (their mean for a percentage); null when none gave one
 * @param tccFigure TCC's figure for the whole province, or null when TCC computes none
 * @param previous the previous period's total, or null
 * @param lastYear the same period's total a year before, or null
 */
public record SynthesisLine(
    String indicatorCode,
    String sectionCode,
    int position,
    Map<String, BigDecimal> byUnit,
    BigDecimal total,
    BigDecimal tccFigure,
    BigDecimal previous,
    BigDecimal lastYear) {

  public SynthesisLine {
    byUnit = Map.copyOf(byUnit);
  }

  public BigDecimal deltaFromPrevious() {
    return delta(total, previous);
  }

  public BigDecimal percentFromPrevious() {
    return percent(total, previous);
  }

  public BigDecimal deltaFromLastYear() {
    return delta(total, lastYear);
  }

  public BigDecimal percentFromLastYear() {
    return percent(total, lastYear);
  }

  /** now − before; null when either is missing. */
  public static BigDecimal delta(BigDecimal now, BigDecimal before) {
    return now == null || before == null ? null : now.subtract(before);
  }

  /**
   * (now − before) / before × 100, to one decimal, half up; null when either is missing or before
   * is zero (a change from nothing has no percentage).
   */
  public static BigDecimal percent(BigDecimal now, BigDecimal before) {
    if (now == null || before == null || before.signum() == 0) {
      return null;
    }
    return now.subtract(before)
        .multiply(BigDecimal.valueOf(100))
        .divide(before.abs(), 1, RoundingMode.HALF_UP);
  }
}
