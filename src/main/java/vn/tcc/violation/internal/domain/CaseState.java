package vn.tcc.violation.internal.domain;

/**
 * Where a violation case stands, from the camera's detection to its end. The allowed moves and who
 * may make them are in {@link CaseLifecycle}.
 */
public enum CaseState {
  /** A violation event opened the case; nobody has looked at it yet. */
  DETECTED,
  /** Officers are verifying the evidence, each without seeing the other's decision. */
  IN_REVIEW,
  /** The two reviewers disagreed (plate, violation type, or confirm against reject). */
  DISPUTED,
  /** The violation is confirmed with a plate and a violation type. */
  VERIFIED,
  /** False detection; the reason is recorded. Final. */
  REJECTED,
  /** Vehicle and owner found through the registration agency and the population database. */
  OWNER_IDENTIFIED,
  /** The notice of violation was sent (paper or electronic) and published. */
  NOTICE_ISSUED,
  /** The fine (and any late fee) was paid. */
  PAID,
  /** The violator contested the penalty. */
  APPEALED,
  /** A supervisor decided the appeal: dismissed (the fine stands) or upheld (case closed). */
  APPEAL_DECIDED,
  /** A deadline passed; a supervisor must act, then the case resumes where it was. */
  ESCALATED,
  /** Nothing more to do. Final. */
  CLOSED;

  /** Nothing can happen to the case any more. */
  public boolean isFinal() {
    return this == REJECTED || this == CLOSED;
  }

  /**
   * A deadline can still be missed here: every state before the case is settled. Paid, rejected and
   * closed cases owe nothing; an escalated case is already escalated.
   */
  public boolean isEscalatable() {
    return !isFinal() && this != PAID && this != ESCALATED;
  }
}
