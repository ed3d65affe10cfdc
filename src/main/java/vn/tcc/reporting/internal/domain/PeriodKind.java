package vn.tcc.reporting.internal.domain;

/**
 * How often a report is filed under the state reporting regime (Decree 09/2019/ND-CP): each kind is
 * a run of whole reporting months, so every kind shares the month's data cut-off.
 */
public enum PeriodKind {
  MONTHLY(1, "M"),
  QUARTERLY(3, "Q"),
  SIX_MONTHLY(6, "H"),
  YEARLY(12, "Y");

  private final int months;
  private final String letter;

  PeriodKind(int months, String letter) {
    this.months = months;
    this.letter = letter;
  }

  /** Reporting months in one period. */
  public int months() {
    return months;
  }

  /** The letter of the period's key: 2026-M12, 2026-Q4, 2026-H1, 2026-Y. */
  public String letter() {
    return letter;
  }

  /** Periods of this kind in a year. */
  public int perYear() {
    return 12 / months;
  }
}
