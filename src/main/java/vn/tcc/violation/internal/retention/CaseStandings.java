package vn.tcc.violation.internal.retention;

import java.time.Instant;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.violation.internal.domain.CaseState;

/** Where a case stands for retention, from its state (see {@link CaseLink.Standing}). */
final class CaseStandings {
  private CaseStandings() {}

  /**
   * Closed with its closure time; rejected; under appeal while an appeal waits for its decision
   * (also when that wait was escalated to a supervisor); open in every other state, a decided
   * appeal included (the case goes on to payment). A closed case without a closure time cannot be
   * counted from anything, so it is kept as open rather than let go.
   */
  static CaseLink of(String caseNumber, String state, String escalatedFrom, Instant closedAt) {
    CaseState current = CaseState.valueOf(state);
    return switch (current) {
      case CLOSED ->
          closedAt == null ? CaseLink.open(caseNumber) : CaseLink.closed(caseNumber, closedAt);
      case REJECTED -> CaseLink.rejected(caseNumber);
      case APPEALED -> CaseLink.underAppeal(caseNumber);
      case ESCALATED ->
          "APPEALED".equals(escalatedFrom)
              ? CaseLink.underAppeal(caseNumber)
              : CaseLink.open(caseNumber);
      default -> CaseLink.open(caseNumber);
    };
  }
}
