package vn.tcc.camera.internal.domain;

import java.time.LocalDate;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What the list, the map, the API and the export are narrowed to. The scope is the caller's
 * jurisdiction: a filter without one is refused by the queries, so nothing is read unscoped. The
 * rest are the user's choices (null: any).
 *
 * @param today the day conformity expiry is counted from
 */
public record CameraFilter(
    JurisdictionCode scope,
    String communeCode,
    OwnerType ownerType,
    CameraPurpose purpose,
    CameraStatus status,
    CameraHealth health,
    Conformity conformity,
    String text,
    LocalDate today) {

  /** How the certificate stands; "expiring" is within {@link #EXPIRING_WITHIN_DAYS} days. */
  public enum Conformity {
    VALID,
    EXPIRING,
    EXPIRED,
    MISSING
  }

  public static final int EXPIRING_WITHIN_DAYS = 30;

  public CameraFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode;
  }

  /** The user's choices only; the queries add the caller's scope and today's date. */
  public static CameraFilter criteria(
      String communeCode,
      OwnerType ownerType,
      CameraPurpose purpose,
      CameraStatus status,
      CameraHealth health,
      Conformity conformity,
      String text) {
    return new CameraFilter(
        null, communeCode, ownerType, purpose, status, health, conformity, text, null);
  }

  public static CameraFilter within(JurisdictionCode scope, LocalDate today) {
    return new CameraFilter(scope, null, null, null, null, null, null, null, today);
  }
}
