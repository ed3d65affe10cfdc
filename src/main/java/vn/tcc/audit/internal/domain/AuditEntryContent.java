package vn.tcc.audit.internal.domain;

import java.time.Instant;

/** The fields of an audit entry that its hash covers. */
public record AuditEntryContent(
    long seq,
    Instant occurredAt,
    String actor,
    String actorKind,
    String action,
    String objectType,
    String objectId,
    String jurisdiction,
    String purpose,
    boolean personalData,
    String outcome,
    String clientAddress,
    String requestId,
    String details) {

  /** The same content at another place in the chain (the chain numbers entries at commit). */
  public AuditEntryContent withSeq(long newSeq) {
    return new AuditEntryContent(
        newSeq,
        occurredAt,
        actor,
        actorKind,
        action,
        objectType,
        objectId,
        jurisdiction,
        purpose,
        personalData,
        outcome,
        clientAddress,
        requestId,
        details);
  }
}
