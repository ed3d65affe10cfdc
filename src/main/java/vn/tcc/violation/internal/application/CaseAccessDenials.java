package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Refused looks at cases of another jurisdiction, audited in a transaction of their own: the work
 * that was refused rolls back, the record that it was tried must not.
 */
@ApplicationScoped
public class CaseAccessDenials {
  static final String DENIED = "VIOLATION_CASE_ACCESS_DENIED";

  @Inject AuditTrail auditTrail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String caseNumber, String why) {
    auditTrail.record(AuditRecord.denied(DENIED, "violation_case", caseNumber, why));
  }
}
