package vn.tcc.shared.audit;

public enum AuditOutcome {
  SUCCESS,
  DENIED,
  FAILED
}
