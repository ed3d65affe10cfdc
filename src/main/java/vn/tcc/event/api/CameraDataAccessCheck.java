package vn.tcc.event.api;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A port: "may this unit look at this camera's data now, for this purpose?", asked before every
 * read of a camera's evidence bytes. The sharing module implements it (its {@code
 * SharedCameraAccess}: a business's or household's camera only under an agreement or an approved
 * compulsory grant; police and department cameras pass), so this module never uses sharing (sharing
 * already uses event: the other way would be a cycle). The implementation logs and audits every
 * check on a shared camera itself, allowed or refused, in the caller's transaction (or its own when
 * there is none, as for the evidence API, so a refusal's record survives the refusal).
 */
public interface CameraDataAccessCheck {
  /** What is looked at, as sharing's agreements name it. */
  enum DataKind {
    LIVE_VIEW,
    RECORDINGS,
    EVENTS,
    SNAPSHOTS
  }

  /**
   * The answer: allowed or not, the reason (a code for the audit trail and the problem's detail,
   * not shown as is), and what allowed it (an agreement or a compulsory grant), when anything did.
   */
  record Verdict(boolean allowed, String reason, Long agreementId, Long grantId) {}

  /**
   * @param purposeCode one of sharing's closed list of purposes (e.g. {@code
   *     TRAFFIC_VIOLATION_HANDLING}); null or anything else is refused on a shared camera
   * @param unit the requesting unit (the caller's jurisdiction)
   * @param dataTime when the data was taken; the agreed hours apply to it
   */
  Verdict check(
      String cameraCode,
      DataKind kind,
      String purposeCode,
      JurisdictionCode unit,
      Instant dataTime);
}
