package vn.tcc.camera.api;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** A camera linked to a VMS, with the health the registry holds for it now. */
public record CameraHealthState(
    String code,
    String vmsExternalId,
    JurisdictionCode jurisdiction,
    CameraHealth health,
    Instant healthSince) {}
