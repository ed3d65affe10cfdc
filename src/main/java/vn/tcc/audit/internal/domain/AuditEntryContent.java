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
    String details) {}
