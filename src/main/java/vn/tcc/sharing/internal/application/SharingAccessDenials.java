package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;

/**
 * Refused looks at agreements, audited in a transaction of their own: the refused work rolls back,
 * the record that it was tried must not.
 */
@ApplicationScoped
public class SharingAccessDenials {
  @Inject AuditTrail auditTrail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(Caller caller, String objectType, String objectId, String why) {
    auditTrail.record(
        new AuditRecord(
            SharingAudit.DENIED,
            objectType,
            objectId,
            caller.jurisdiction(),
            null,
            false,
            AuditOutcome.DENIED,
            why));
  }
}
