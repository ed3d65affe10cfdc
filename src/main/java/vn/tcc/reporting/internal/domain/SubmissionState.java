package vn.tcc.reporting.internal.domain;

/** Where a unit's report for one period stands ({@link SubmissionLifecycle} has the moves). */
public enum SubmissionState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED;

  /** Figures may be entered only while the unit holds the report. */
  public boolean isOpenForEntry() {
    return this == DRAFT || this == RETURNED;
  }
}
