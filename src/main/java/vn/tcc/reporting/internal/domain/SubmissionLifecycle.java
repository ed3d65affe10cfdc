package vn.tcc.reporting.internal.domain;

import static vn.tcc.reporting.internal.domain.SubmissionState.ACCEPTED;
import static vn.tcc.reporting.internal.domain.SubmissionState.DRAFT;
import static vn.tcc.reporting.internal.domain.SubmissionState.RETURNED;
import static vn.tcc.reporting.internal.domain.SubmissionState.SUBMITTED;

import java.util.Map;

/**
 * The moves of a unit's submission and who makes them:
 *
 * <pre>
 * DRAFT     → SUBMITTED              the unit (its coordinator), every figure valid
 * SUBMITTED → RETURNED (reason)      a provincial reviewer, with comments for the unit
 * RETURNED  → SUBMITTED              the unit, after its corrections
 * SUBMITTED → ACCEPTED               a provincial reviewer
 * </pre>
 *
 * ACCEPTED is final in this slice: a later correction is a new version of the provincial synthesis,
 * not a change to what a unit filed. Figures are entered only in DRAFT and RETURNED.
 */
public final class SubmissionLifecycle {
  /** Who acts on a submission: the filing unit or the province that reviews it. */
  public enum Party {
    UNIT,
    REVIEWER
  }

  private static final Map<SubmissionState, Map<SubmissionState, Party>> MOVES =
      Map.of(
          DRAFT, Map.of(SUBMITTED, Party.UNIT),
          SUBMITTED, Map.of(RETURNED, Party.REVIEWER, ACCEPTED, Party.REVIEWER),
          RETURNED, Map.of(SUBMITTED, Party.UNIT),
          ACCEPTED, Map.of());

  private SubmissionLifecycle() {}

  public static boolean allows(SubmissionState from, SubmissionState to, Party party) {
    return MOVES.get(from).get(to) == party;
  }

  /**
   * @throws ReportingRuleException 409 when the move is not in the table for this party
   */
  public static void require(SubmissionState from, SubmissionState to, Party party) {
    if (!allows(from, to, party)) {
      throw ReportingRuleException.conflict("reporting.move.notAllowed", from.name(), to.name());
    }
  }
}
