package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Refused looks at deletion records, manual deletions and review queues, and refused transfers,
 * audited in a transaction of their own: the refused work rolls back, the record that it was tried
 * must not.
 */
@ApplicationScoped
public class RetentionAccessDenials {
  static final String DENIED = "RETENTION_ACCESS_DENIED";

  @Inject AuditTrail auditTrail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String objectType, String objectId, String why) {
    auditTrail.record(AuditRecord.denied(DENIED, objectType, objectId, why));
  }

  /** Any entry that must outlive the rollback of the work it tells of. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(AuditRecord entry) {
    auditTrail.record(entry);
  }
}
