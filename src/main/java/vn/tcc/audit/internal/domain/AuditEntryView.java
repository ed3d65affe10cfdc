package vn.tcc.audit.internal.domain;

import java.time.Instant;

/** An audit entry as shown to auditors (page and API). */
public record AuditEntryView(
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
    String details,
    String hash)
    implements java.io.Serializable {}
