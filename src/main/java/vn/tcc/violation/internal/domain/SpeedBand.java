package vn.tcc.violation.internal.domain;

import java.math.BigDecimal;

/**
 * A range of km/h over the limit that the decree fines as one offence. The decree's words decide
 * each end: "từ 05 km/h đến dưới 10 km/h" is [5, 10), "từ 10 km/h đến 20 km/h" is [10, 20], "trên
 * 20 km/h đến 35 km/h" is (20, 35], "trên 35 km/h" is (35, ∞). Km/h over is measured speed minus
 * the limit, unrounded: 9.6 over is below 10.
 */
public enum SpeedBand {
  FROM_5_UNDER_10(5, true, 10, false),
  FROM_10_TO_20(10, true, 20, true),
  OVER_20_TO_35(20, false, 35, true),
  OVER_35(35, false, null, false),
  /** Above 20 without an upper end, for a class whose table stops there (motorbikes). */
  OVER_20(20, false, null, false);

  private final BigDecimal lower;
  private final boolean lowerIncluded;
  private final BigDecimal upper;
  private final boolean upperIncluded;

  SpeedBand(int lower, boolean lowerIncluded, Integer upper, boolean upperIncluded) {
    this.lower = BigDecimal.valueOf(lower);
    this.lowerIncluded = lowerIncluded;
    this.upper = upper == null ? null : BigDecimal.valueOf(upper);
    this.upperIncluded = upperIncluded;
  }

  public boolean contains(BigDecimal kmhOver) {
    int fromLower = kmhOver.compareTo(lower);
    if (fromLower < 0 || (fromLower == 0 && !lowerIncluded)) {
      return false;
    }
    if (upper == null) {
      return true;
    }
    int fromUpper = kmhOver.compareTo(upper);
    return fromUpper < 0 || (fromUpper == 0 && upperIncluded);
  }

  /** True when some speed lies in both bands (a fine table holding both would be ambiguous). */
  public boolean overlaps(SpeedBand other) {
    return !endsBefore(this, other) && !endsBefore(other, this);
  }

  /** True when the band starts above this many km/h over: too little to be in it. */
  public boolean startsAbove(BigDecimal kmhOver) {
    int fromLower = kmhOver.compareTo(lower);
    return fromLower < 0 || (fromLower == 0 && !lowerIncluded);
  }

  private static boolean endsBefore(SpeedBand a, SpeedBand b) {
    if (a.upper == null) {
      return false;
    }
    int c = a.upper.compareTo(b.lower);
    return c < 0 || (c == 0 && !(a.upperIncluded && b.lowerIncluded));
  }
}
