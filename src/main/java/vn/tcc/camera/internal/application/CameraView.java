package vn.tcc.camera.internal.application;

import java.time.Instant;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.domain.CameraDetails;
import vn.tcc.camera.internal.domain.ConformityDocument;

/**
 * A camera as its page and the API show it: what people stated plus what TCC knows, and the
 * attached conformity certificate (null when none).
 */
public record CameraView(
    CameraDetails details,
    String ownerName,
    OwnerType ownerType,
    CameraHealth health,
    Instant healthSince,
    Instant lastSeenAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    ConformityDocument certificateDocument)
    implements java.io.Serializable {}
