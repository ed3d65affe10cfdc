package vn.tcc.reporting.internal.domain;

/** Where a figure of a submission comes from, shown beside it to the reviewer. */
public enum ValueSource {
  /** Computed by TCC from its own data for the unit and period, untouched. */
  PREFILLED,
  /** Computed by TCC, then changed by the unit, with a reason. */
  CORRECTED,
  /** Typed by the unit: TCC has no figure for it. */
  TYPED
}
