package vn.tcc.shared.audit;

import vn.tcc.shared.security.CurrentRequest;

/**
 * The append-only, hash-chained audit trail. Every module records here every change and every read
 * of personal data. The entry joins the caller's transaction when there is one, so a change and its
 * audit entry commit or roll back together.
 */
public interface AuditTrail {
  void record(AuditRecord record);

  /**
   * Records for a request whose thread has moved on (a live stream relayed on a thread of its own
   * ends long after): who, where and the request id are {@code origin}'s, not the system's.
   */
  default void recordFor(CurrentRequest origin, AuditRecord record) {
    record(record);
  }
}
