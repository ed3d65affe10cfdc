package vn.tcc.command.internal.live;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A frame an operator took from a camera on the wall and kept as evidence: the bytes are in the
 * evidence store under their SHA-256, this says which camera, who, when, and for which incident.
 */
public record Snapshot(
    long id,
    String cameraCode,
    JurisdictionCode jurisdiction,
    Long incidentId,
    String sha256,
    String mediaType,
    long sizeBytes,
    String vmsCode,
    Instant takenAt,
    String takenBy,
    String takenName,
    String note) {}
