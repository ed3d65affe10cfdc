package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * The case this caller may see. Cases are seen only inside the caller's jurisdiction: elsewhere
 * they do not exist for him (404), and the refused look is audited on its own. A look is a read of
 * personal data (the plate), on the audit trail with its purpose.
 */
@ApplicationScoped
public class CaseAccess {
  static final String VIEWED = "VIOLATION_CASE_VIEWED";

  @Inject ViolationCases cases;
  @Inject CaseAccessDenials denials;
  @Inject CaseViews views;
  @Inject AuditTrail auditTrail;

  /** The case, if the caller may see it; the look is audited with its purpose. */
  @Transactional
  public CaseView view(Caller caller, String number, String purpose) {
    CaseRoles.require(caller, CaseRoles.READING);
    if (purpose == null || purpose.isBlank()) {
      throw new ProblemException(400, "problem.purpose.required");
    }
    ViolationCase violationCase = visible(caller, number);
    auditTrail.record(
        AuditRecord.personalDataRead(
            VIEWED,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            purpose.strip()));
    return viewOf(caller, violationCase);
  }

  /** The case if the caller's jurisdiction covers it; else 404 (and a denied entry). */
  public ViolationCase visible(Caller caller, String number) {
    return covered(caller, number, cases.byNumber(number).orElse(null));
  }

  /** The same, locked until the transaction ends, for a caller who is about to change it. */
  public ViolationCase visibleForChange(Caller caller, String number) {
    return covered(caller, number, cases.byNumberForUpdate(number).orElse(null));
  }

  /** The case as this caller may see it. */
  public CaseView viewOf(Caller caller, ViolationCase violationCase) {
    return views.of(caller, violationCase);
  }

  /** The case as stored now (after a change), as this caller may see it. */
  public CaseView viewOf(Caller caller, String number) {
    return views.of(caller, cases.byNumber(number).orElseThrow());
  }

  private ViolationCase covered(Caller caller, String number, ViolationCase found) {
    if (found == null) {
      throw new ProblemException(404, "problem.404.detail");
    }
    if (!caller.mayAccess(found.jurisdiction())) {
      denials.record(number, "jurisdiction");
      throw new ProblemException(404, "problem.404.detail");
    }
    return found;
  }
}
