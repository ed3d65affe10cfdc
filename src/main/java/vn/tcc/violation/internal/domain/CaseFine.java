package vn.tcc.violation.internal.domain;

import java.time.LocalDate;

/**
 * The fine rule in force on the violation date, as copied onto the case when it was verified: the
 * outcome of the assessment, the range the officer decides within, the licence points and the legal
 * reference the notice cites. Before verification every part is null.
 */
public record CaseFine(
    String outcome,
    Long minVnd,
    Long maxVnd,
    Integer licencePoints,
    String legalReferenceVi,
    String legalReferenceEn,
    LocalDate effectiveFrom) {

  /** A case not verified yet: nothing assessed. */
  public static final CaseFine NOT_ASSESSED =
      new CaseFine(null, null, null, null, null, null, null);

  /** What an assessment of the fine schedule copies onto the case; no assessment is NO_RULE. */
  public static CaseFine of(FineAssessment assessment) {
    if (assessment == null) {
      return new CaseFine(
          FineAssessment.Outcome.NO_RULE.name(), null, null, null, null, null, null);
    }
    FineRule rule = assessment.rule();
    if (rule == null) {
      return new CaseFine(assessment.outcome().name(), null, null, null, null, null, null);
    }
    return new CaseFine(
        assessment.outcome().name(),
        rule.minFineVnd(),
        rule.maxFineVnd(),
        rule.licencePoints(),
        rule.legalReferenceVi(),
        rule.legalReferenceEn(),
        rule.effectiveFrom());
  }

  /** The amount lies within the rule's range (false when there is no range). */
  public boolean allows(long fineVnd) {
    return minVnd != null && maxVnd != null && fineVnd >= minVnd && fineVnd <= maxVnd;
  }
}
