/**
 * The audit trail: append-only, tamper-evident (hash chain), listed and verified by auditors. Other
 * modules use it only through {@link vn.tcc.shared.audit.AuditTrail}. It uses {@code vn.tcc.shared}
 * only.
 */
package vn.tcc.audit;
