package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.event.api.CameraDataAccessCheck;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedCameraAccess;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * Sharing's answer to the event module's port ({@link CameraDataAccessCheck}): every read of a
 * camera's evidence asks {@link SharedCameraAccess}, in the caller's transaction. The evidence API
 * and the case pages read outside one, so the check commits its log line and audit record before
 * the refusal is thrown. Not REQUIRES_NEW: the audit trail's append lock (a transaction-scoped
 * advisory lock) may already be held by the caller's transaction, and a new one would wait for it
 * for ever. So a refusal inside a larger transaction (issuing a notice) rolls back with it, and the
 * notice is refused.
 */
@ApplicationScoped
public class CameraDataAccessPort implements CameraDataAccessCheck {
  @Inject SharedCameraAccess access;
  @Inject CameraDirectory cameras;
  @Inject AuditTrail auditTrail;

  @Override
  @Transactional
  public Verdict check(
      String cameraCode,
      DataKind kind,
      String purposeCode,
      JurisdictionCode unit,
      Instant dataTime) {
    SharingPurpose purpose = purposeOf(purposeCode);
    if (purpose == null) {
      // Not a purpose an agreement can name: fine on a police camera, refused on a shared one.
      // A camera the registry does not know is under no agreement either: role and jurisdiction,
      // checked by the caller, decide alone (events may name cameras not registered yet).
      CameraCustody camera =
          cameraCode == null || cameraCode.length() > 64
              ? null
              : cameras.custodyOf(List.of(cameraCode)).get(cameraCode);
      if (camera == null
          || camera.ownerType() == OwnerType.POLICE
          || camera.ownerType() == OwnerType.DEPARTMENT) {
        return new Verdict(true, AccessReason.NOT_A_SHARED_CAMERA.name(), null, null);
      }
      auditTrail.record(
          new AuditRecord(
              SharingAudit.ACCESS_REFUSED,
              "camera",
              cameraCode == null || cameraCode.length() > 64 ? "" : cameraCode,
              unit,
              null,
              false,
              AuditOutcome.DENIED,
              kind
                  + " at "
                  + dataTime
                  + ": "
                  + AccessReason.WRONG_PURPOSE
                  + " (no listed purpose)"));
      return new Verdict(false, AccessReason.WRONG_PURPOSE.name(), null, null);
    }
    SharedAccessDecision decision =
        access.check(cameraCode, SharedDataType.valueOf(kind.name()), purpose, unit, dataTime);
    return new Verdict(
        decision.allowed(), decision.reason().name(), decision.agreementId(), decision.grantId());
  }

  static SharingPurpose purposeOf(String code) {
    if (code == null) {
      return null;
    }
    for (SharingPurpose purpose : SharingPurpose.values()) {
      if (purpose.name().equalsIgnoreCase(code.strip())) {
        return purpose;
      }
    }
    return null;
  }
}
