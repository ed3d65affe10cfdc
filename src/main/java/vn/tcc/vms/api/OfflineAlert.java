package vn.tcc.vms.api;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** A camera offline for longer than its VMS's threshold; open until the camera is back. */
public record OfflineAlert(
    String cameraCode, JurisdictionCode jurisdiction, Instant offlineSince, Instant raisedAt) {}
