package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Refused looks at deletion records and manual deletions, audited in a transaction of their own:
 * the refused work rolls back, the record that it was tried must not.
 */
@ApplicationScoped
public class RetentionAccessDenials {
  static final String DENIED = "RETENTION_ACCESS_DENIED";

  @Inject AuditTrail auditTrail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String objectType, String objectId, String why) {
    auditTrail.record(AuditRecord.denied(DENIED, objectType, objectId, why));
  }
}
