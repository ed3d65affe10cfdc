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
import vn.tcc.sharing.internal.domain.CameraTerms;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.SharingAgreement;

/**
 * {@link SharedCameraAccess} over the stored agreements: the camera's owner type from the registry
 * (police and department cameras pass untouched, and are not logged here: their readers audit their
 * own reads), the agreements naming the camera, {@link AccessRules}, then the access log and the
 * audit trail, in the caller's transaction so a check and its record commit together. Every check
 * reads the agreements afresh, so a revocation or a suspension counts from its commit on. When no
 * agreement allows a look, an approved compulsory grant in its term may ({@link CompulsoryGrant}).
 */
@ApplicationScoped
public class SharedAccessChecks implements SharedCameraAccess {
  @Inject CameraDirectory cameras;
  @Inject CameraTerms terms;
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
    // Agreements and grants in one round trip: most refusals by agreement then ask the grants.
    CameraTerms.Terms known = camera == null ? null : terms.of(cameraCode);
    List<SharingAgreement> covering = known == null ? List.of() : known.agreements();
    SharedAccessDecision byAgreement =
        camera == null
            ? new SharedAccessDecision(false, AccessReason.UNKNOWN_CAMERA, null)
            : AccessRules.decide(covering, dataType, purpose, unit, now, dataTime);
    CompulsoryGrant grant = null;
    SharedAccessDecision decision = byAgreement;
    if (camera != null && !byAgreement.allowed()) {
      // No agreement allows it: an approved compulsory grant in its term may (Art. 18).
      for (CompulsoryGrant candidate : known.grants()) {
        AccessReason answer = candidate.ask(cameraCode, dataType, purpose, unit, now);
        if (answer == AccessReason.COMPULSORY_GRANT) {
          grant = candidate;
          decision = new SharedAccessDecision(true, answer, null, candidate.id());
          break;
        }
        if (byAgreement.reason() == AccessReason.NO_AGREEMENT && grant == null) {
          // Only grants name the camera: the first one's refusal tells the user why.
          grant = candidate;
          decision = new SharedAccessDecision(false, answer, null, candidate.id());
        }
      }
    }
    SharedAccessDecision decided = decision;
    Long providerId =
        grant != null
            ? Long.valueOf(grant.providerId())
            : covering.stream()
                .filter(a -> decided.agreementId() == null || a.id().equals(decided.agreementId()))
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
            currentRequest.requestId(),
            decision.grantId()));
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
                + (decision.agreementId() == null ? "" : " agreement " + decision.agreementId())
                + (decision.grantId() == null ? "" : " grant " + decision.grantId())));
    return decision;
  }

  private static String abbreviated(String code) {
    if (code == null) {
      return "";
    }
    return code.length() > 64 ? code.substring(0, 64) : code;
  }
}
