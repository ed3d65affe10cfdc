package vn.tcc.camera.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What other modules need to know of a registered camera: where it is (its commune, for
 * jurisdiction checks), whether it is in service, and which VMS camera it is linked to.
 */
public record CameraReference(
    String code,
    String name,
    JurisdictionCode jurisdiction,
    CameraStatus status,
    String vmsCode,
    String vmsExternalId) {

  /** A decommissioned camera sends nothing that counts; its events are quarantined. */
  public boolean inService() {
    return status != CameraStatus.DECOMMISSIONED;
  }
}
