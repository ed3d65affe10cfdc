package vn.tcc.audit.internal.domain;

import java.time.Instant;

/**
 * Filters for the auditor's list. {@code jurisdictionScope} limits rows to the viewer's own
 * jurisdiction (null means the province: every row).
 */
public record AuditSearch(
    String actor,
    String action,
    String objectType,
    String objectId,
    String outcome,
    Instant from,
    Instant to,
    String jurisdictionScope) {}
