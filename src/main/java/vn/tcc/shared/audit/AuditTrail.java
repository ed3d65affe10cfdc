package vn.tcc.shared.audit;

/**
 * The append-only, hash-chained audit trail. Every module records here every change and every read
 * of personal data. The entry joins the caller's transaction when there is one, so a change and its
 * audit entry commit or roll back together.
 */
public interface AuditTrail {
  void record(AuditRecord record);
}
