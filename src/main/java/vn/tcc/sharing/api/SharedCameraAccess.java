package vn.tcc.sharing.api;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The one check every look at a camera's data goes through (live view, snapshot, recording,
 * evidence, event): a private camera's data only under an agreement in force for this data type,
 * purpose, requesting unit and time of day. Police and department cameras are let through. Every
 * check on a shared camera is written to the access log and the audit trail, allowed or refused,
 * with the caller of the current request as the actor.
 */
public interface SharedCameraAccess {

  /**
   * @param cameraCode the registry code of the camera
   * @param dataType what is looked at
   * @param purpose why
   * @param unit the requesting unit (the caller's commune/ward or the province)
   * @param dataTime when the data was taken (now for a live view); the agreed hours apply to it
   */
  SharedAccessDecision check(
      String cameraCode,
      SharedDataType dataType,
      SharingPurpose purpose,
      JurisdictionCode unit,
      Instant dataTime);
}
