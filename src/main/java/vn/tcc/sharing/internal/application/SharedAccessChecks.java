package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedCameraAccess;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.AccessLog;
import vn.tcc.sharing.internal.domain.AccessLogEntry;
import vn.tcc.sharing.internal.domain.AccessRules;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;

/**
 * {@link SharedCameraAccess} over the stored agreements: the camera's owner type from the registry
 * (police and department cameras pass untouched, and are not logged here: their readers audit their
 * own reads), the agreements naming the camera, {@link AccessRules}, then the access log and the
 * audit trail, in the caller's transaction so a check and its record commit together. Every check
 * reads the agreements afresh, so a revocation or a suspension counts from its commit on.
 */
@ApplicationScoped
public class SharedAccessChecks implements SharedCameraAccess {
  @Inject CameraDirectory cameras;
  @Inject SharingAgreements agreements;
  @Inject AccessLog accessLog;
  @Inject AuditTrail auditTrail;
  @Inject CurrentRequest currentRequest;
  @Inject Clock clock;

  @Override
  @Transactional
  public SharedAccessDecision check(
      String cameraCode,
      SharedDataType dataType,
      SharingPurpose purpose,
      JurisdictionCode unit,
      Instant dataTime) {
    if (dataType == null || purpose == null || dataTime == null) {
      throw new IllegalArgumentException("A check names the data type, the purpose and the time");
    }
    Instant now = clock.instant();
    CameraCustody camera =
        cameraCode == null || cameraCode.length() > 64
            ? null
            : cameras.custodyOf(List.of(cameraCode)).get(cameraCode);
    if (camera != null
        && (camera.ownerType() == OwnerType.POLICE || camera.ownerType() == OwnerType.DEPARTMENT)) {
      return new SharedAccessDecision(true, AccessReason.NOT_A_SHARED_CAMERA, null);
    }
    List<SharingAgreement> covering = camera == null ? List.of() : agreements.covering(cameraCode);
    SharedAccessDecision decision =
        camera == null
            ? new SharedAccessDecision(false, AccessReason.UNKNOWN_CAMERA, null)
            : AccessRules.decide(covering, dataType, purpose, unit, now, dataTime);
    Long providerId =
        covering.stream()
            .filter(a -> decision.agreementId() == null || a.id().equals(decision.agreementId()))
            .map(SharingAgreement::providerId)
            .findFirst()
            .orElse(null);
    Caller caller = currentRequest.caller();
    String code = camera == null ? abbreviated(cameraCode) : cameraCode;
    accessLog.append(
        new AccessLogEntry(
            null,
            now,
            dataTime,
            code,
            dataType,
            purpose,
            unit == null ? null : unit.value(),
            caller.username(),
            decision.allowed(),
            decision.reason(),
            decision.agreementId(),
            providerId,
            currentRequest.requestId()));
    auditTrail.record(
        new AuditRecord(
            decision.allowed() ? SharingAudit.ACCESS_ALLOWED : SharingAudit.ACCESS_REFUSED,
            "camera",
            code,
            unit,
            purpose.name(),
            false,
            decision.allowed() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
            dataType
                + " for "
                + purpose
                + " at "
                + dataTime
                + ": "
                + decision.reason()
                + (decision.agreementId() == null ? "" : " agreement " + decision.agreementId())));
    return decision;
  }

  private static String abbreviated(String code) {
    if (code == null) {
      return "";
    }
    return code.length() > 64 ? code.substring(0, 64) : code;
  }
}
