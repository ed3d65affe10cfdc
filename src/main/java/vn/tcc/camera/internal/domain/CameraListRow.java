package vn.tcc.camera.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;

/** A camera as the list, the API list and the export show it. */
public record CameraListRow(
    String code,
    String name,
    String communeCode,
    OwnerType ownerType,
    String ownerCode,
    String ownerName,
    List<CameraPurpose> purposes,
    CameraStatus status,
    CameraHealth health,
    Instant healthSince,
    LocalDate certificateExpiresOn,
    String siteCode,
    String address,
    String route,
    String kmMarker,
    BigDecimal latitude,
    BigDecimal longitude,
    Instant updatedAt)
    implements java.io.Serializable {

  /** How the conformity certificate stands on the given day. */
  public CameraFilter.Conformity conformity(LocalDate today) {
    if (certificateExpiresOn == null) {
      return CameraFilter.Conformity.MISSING;
    }
    if (certificateExpiresOn.isBefore(today)) {
      return CameraFilter.Conformity.EXPIRED;
    }
    if (!certificateExpiresOn.isAfter(today.plusDays(CameraFilter.EXPIRING_WITHIN_DAYS))) {
      return CameraFilter.Conformity.EXPIRING;
    }
    return CameraFilter.Conformity.VALID;
  }
}
