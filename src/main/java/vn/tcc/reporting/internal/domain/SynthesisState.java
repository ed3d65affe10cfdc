package vn.tcc.reporting.internal.domain;

/** Where a provincial synthesis stands: see {@link Synthesis}. */
public enum SynthesisState {
  DRAFT,
  REVIEWED,
  APPROVED,
  /** Sent to the Provincial People's Committee: numbered, dated, signed, frozen. */
  SUBMITTED
}
