package vn.tcc.retention.internal.domain;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** A transfer: what one reviewer chose of one commune's queue and sent up, and why. */
public record ReviewTransferRecord(
    long id,
    JurisdictionCode jurisdiction,
    String reason,
    String transferredBy,
    Instant transferredAt,
    int items,
    long bytes) {}
