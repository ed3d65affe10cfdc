package vn.tcc.event.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.tcc.event.api.CameraDataAccessCheck;
import vn.tcc.event.api.EventEvidence;
import vn.tcc.event.api.EvidenceCaptureQueue;
import vn.tcc.event.api.EvidenceTampered;
import vn.tcc.event.internal.domain.EventEvidenceRecords;
import vn.tcc.event.internal.domain.EventEvidenceRecords.EventPlace;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Evidence of events for staff within their jurisdiction. Listing what was captured shows hashes
 * and sizes only; fetching the bytes is a look at footage (personal data), so it needs a purpose
 * and goes on the audit trail, as does a refused or failed look. Something outside the caller's
 * jurisdiction is "not found", so its existence is not revealed.
 */
@ApplicationScoped
public class EventEvidenceService implements EventEvidence {
  static final String READ = "EVIDENCE_READ";
  static final String CAPTURE_REQUESTED = "EVIDENCE_CAPTURE_REQUESTED";
  static final String DENIED = "EVIDENCE_ACCESS_DENIED";
  static final String TAMPERED = "EVIDENCE_TAMPERED";
  private static final List<String> MAY_REQUEST =
      List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN);

  /** Footage is for enforcement and its oversight; coordinators file reports and see none. */
  private static final List<String> MAY_SEE =
      List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);

  @Inject EventEvidenceRecords records;
  @Inject EvidenceCaptureQueue captures;
  @Inject EvidenceStore store;
  @Inject EvidenceIndex index;
  @Inject AuditTrail auditTrail;
  @Inject CameraDataAccessCheck sharedCameras;

  @Override
  public EvidenceOverview of(Caller caller, long eventId) {
    EventPlace place = visibleEvent(caller, eventId, MAY_SEE);
    return new EvidenceOverview(
        place.eventId(), records.itemsOf(eventId), captures.status(eventId));
  }

  @Override
  public Optional<EvidenceContent> content(Caller caller, String sha256, String purpose) {
    return content(caller, sha256, purpose, null);
  }

  @Override
  public Optional<EvidenceContent> content(
      Caller caller, String sha256, String purpose, String purposeCode) {
    requireRole(caller, MAY_SEE);
    if (purposeCode == null || purposeCode.isBlank()) {
      purposeCode = purposeCodeIn(purpose);
    }
    if (purpose == null || purpose.isBlank()) {
      throw new ProblemException(400, "problem.purpose.required");
    }
    List<EventPlace> places = records.placesHolding(sha256);
    Optional<EventPlace> visible =
        places.stream().filter(place -> caller.mayAccess(place.jurisdiction())).findFirst();
    if (visible.isEmpty()) {
      if (!places.isEmpty()) {
        auditTrail.record(AuditRecord.denied(DENIED, "evidence", sha256, "jurisdiction"));
      }
      return Optional.empty();
    }
    EventPlace place = visible.get();
    String mediaType =
        index.find(sha256).map(StoredEvidence::mediaType).orElse("application/octet-stream");
    // A business's or household's camera: only under its agreement or a compulsory grant; the
    // check logs and audits itself (allowed with the agreement, refused with the reason).
    CameraDataAccessCheck.Verdict verdict =
        sharedCameras.check(
            place.cameraCode(),
            mediaType.startsWith("video/")
                ? CameraDataAccessCheck.DataKind.RECORDINGS
                : CameraDataAccessCheck.DataKind.SNAPSHOTS,
            purposeCode,
            caller.jurisdiction(),
            place.occurredAt());
    if (!verdict.allowed()) {
      throw new ProblemException(403, "problem.sharing.refused");
    }
    byte[] bytes;
    try {
      bytes = store.read(sha256).orElse(null);
    } catch (EvidenceTampered tampered) {
      auditTrail.record(
          new AuditRecord(
              TAMPERED,
              "evidence",
              sha256,
              place.jurisdiction(),
              purpose.strip(),
              true,
              AuditOutcome.FAILED,
              tampered.getMessage()));
      throw tampered;
    }
    if (bytes == null) {
      return Optional.empty();
    }
    auditTrail.record(
        AuditRecord.personalDataRead(
                READ, "evidence", sha256, place.jurisdiction(), purpose.strip())
            .withDetails(
                "event="
                    + place.eventId()
                    + " camera="
                    + place.cameraCode()
                    + (verdict.agreementId() == null ? "" : " agreement=" + verdict.agreementId())
                    + (verdict.grantId() == null ? "" : " grant=" + verdict.grantId())));
    return Optional.of(new EvidenceContent(sha256, mediaType, bytes));
  }

  @Override
  public void requestCapture(Caller caller, long eventId) {
    EventPlace place = visibleEvent(caller, eventId, MAY_REQUEST);
    captures.requestAgain(eventId, caller.username());
    auditTrail.record(
        new AuditRecord(
            CAPTURE_REQUESTED,
            "event",
            Long.toString(eventId),
            place.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            "camera=" + place.cameraCode()));
  }

  private EventPlace visibleEvent(Caller caller, long eventId, List<String> roles) {
    requireRole(caller, roles);
    EventPlace place =
        records.place(eventId).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (!caller.mayAccess(place.jurisdiction())) {
      auditTrail.record(
          AuditRecord.denied(DENIED, "event", Long.toString(eventId), "jurisdiction"));
      throw new ProblemException(404, "problem.404.detail");
    }
    return place;
  }

  /**
   * The closed-list purpose a free-text purpose starts with ("SECURITY_AND_ORDER: theft at ..."),
   * or null: on a shared camera the purpose must be one the agreement can name.
   */
  static String purposeCodeIn(String purpose) {
    if (purpose == null) {
      return null;
    }
    String text = purpose.strip();
    int end = 0;
    while (end < text.length() && end < 40) {
      char c = text.charAt(end);
      if ((c < 'A' || c > 'Z') && c != '_') {
        break;
      }
      end++;
    }
    boolean wholeWord =
        end > 0 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    return wholeWord ? text.substring(0, end) : null;
  }

  private static void requireRole(Caller caller, List<String> roles) {
    if (!caller.hasAnyRole(roles)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }
}
