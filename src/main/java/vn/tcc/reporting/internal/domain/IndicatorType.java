package vn.tcc.reporting.internal.domain;

/** What kind of figure an indicator holds, which decides how it is checked and formatted. */
public enum IndicatorType {
  /** A count: a whole number. */
  INTEGER,
  /** An amount of money in Vietnamese dong: a whole number (the dong has no subunit in use). */
  MONEY_VND,
  /** A rate from 0 to 100 with at most two decimals. */
  PERCENT,
  /** A narrative answer, not a figure. */
  TEXT;

  public boolean isNumber() {
    return this != TEXT;
  }
}
