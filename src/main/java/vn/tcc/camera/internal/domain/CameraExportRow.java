package vn.tcc.camera.internal.domain;

import java.time.Instant;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.OwnerType;

/** A camera with everything the Excel export and re-import carry. */
public record CameraExportRow(
    CameraDetails details,
    OwnerType ownerType,
    String ownerName,
    CameraHealth health,
    Instant healthSince,
    Instant updatedAt) {}
