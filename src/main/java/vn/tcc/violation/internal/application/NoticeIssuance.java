package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.event.api.EventEvidence;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNoticeDocuments;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.media.MediaTypes;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.application.CaseEvidence.EvidenceFile;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.CaseFine;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * Issues the notice of an identified case: the Vietnamese document (Word and PDF) with the evidence
 * photo, place, time, violation, legal reference, fine, how to pay, and the SHA-256 of the evidence
 * with a short code the recipient checks on the public page. The documents are kept as issued.
 */
@ApplicationScoped
public class NoticeIssuance {
  static final String ISSUED = "VIOLATION_NOTICE_ISSUED";
  static final String DOWNLOADED = "VIOLATION_NOTICE_READ";
  static final String VERIFIED_PUBLICLY = "VIOLATION_NOTICE_CHECKED";
  private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

  @Inject CaseAccess access;
  @Inject ViolationCases cases;
  @Inject CaseHistory history;
  @Inject IdentityRequests identities;
  @Inject CaseEvidence evidence;
  @Inject EventEvidence eventEvidence;
  @Inject Notices notices;
  @Inject ViolationNoticeDocuments documents;
  @Inject CameraDirectory cameras;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  @Transactional
  public CaseView issue(Caller caller, String number) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    ViolationCase violationCase = access.visibleForChange(caller, number);
    // Refused before a notice number is taken: a sequence does not roll back.
    violationCase.requireMayMove(CaseState.NOTICE_ISSUED, caller);
    Map<String, String> owner =
        identities
            .owner(violationCase.id())
            .map(IdentityRequests.StoredOwner::owner)
            .orElse(Map.of());
    String name = owner.get(IdentityField.FULL_NAME.name());
    String address =
        Optional.ofNullable(owner.get(IdentityField.PERMANENT_ADDRESS.name()))
            .orElse(owner.get(IdentityField.CURRENT_ADDRESS.name()));
    if (name == null || address == null) {
      throw new ProblemException(409, "violation.notice.ownerIncomplete");
    }
    CaseFine fine = violationCase.fine();
    if (!"FINE".equals(fine.outcome())) {
      throw new ProblemException(409, "violation.notice.noFine");
    }
    EvidenceFile photo =
        evidence.filesOf(caller, history.events(violationCase.id())).stream()
            .filter(EvidenceFile::isImage)
            .findFirst()
            .orElseThrow(() -> new ProblemException(409, "violation.notice.noEvidence"));
    byte[] photoBytes =
        eventEvidence
            .content(
                caller,
                photo.sha256(),
                "Lập thông báo vi phạm " + violationCase.number(),
                CaseEvidence.TRAFFIC_VIOLATION_HANDLING)
            .map(EventEvidence.EvidenceContent::bytes)
            .filter(bytes -> MediaTypes.JPEG.equals(MediaTypes.sniff(bytes)))
            .orElse(null);

    Instant issuedAt = clock.instant();
    LocalDate responseDue = CaseDeadlines.responseDue(issuedAt);
    String noticeNumber = notices.nextNumber(LocalDate.ofInstant(issuedAt, TccTime.ZONE).getYear());
    String code = NoticeCode.next();
    String type = violationCase.verifiedType();
    ViolationCase.Detected detected = violationCase.detected();
    CameraReference camera =
        cameras.byCodes(List.of(detected.cameraCode())).get(detected.cameraCode());
    ViolationNotice notice =
        new ViolationNotice(
            NoticeSettings.issuer(),
            noticeNumber,
            violationCase.number(),
            issuedAt,
            new ViolationNotice.Recipient(name, address),
            violationCase.verifiedPlate(),
            Messages.text("violation.vehicleClass." + vehicleClass(detected), VIETNAMESE),
            Messages.text("violation.type." + type, VIETNAMESE),
            detected.occurredAt(),
            camera == null ? detected.cameraCode() : camera.name(),
            detected.cameraCode(),
            speed(detected, type),
            fine.legalReferenceVi(),
            new ViolationNotice.Fine(fine.minVnd(), fine.maxVnd(), fine.licencePoints()),
            responseDue,
            NoticeSettings.office(),
            NoticeSettings.onlineResponse(),
            NoticeSettings.paymentMethods(),
            new ViolationNotice.Evidence(
                photoBytes, photo.sha256(), code, NoticeSettings.verificationUrl()),
            NoticeSettings.signatory());
    byte[] docx = documents.word(notice);
    byte[] pdf = documents.pdf(notice);
    notices.save(
        new Notices.StoredNotice(
            violationCase.id(),
            noticeNumber,
            code,
            photo.sha256(),
            caller.username(),
            issuedAt,
            responseDue,
            docx,
            pdf));
    violationCase.issueNotice(caller, noticeNumber, issuedAt, responseDue);
    cases.save(violationCase);
    auditTrail.record(
        new AuditRecord(
            ISSUED,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            "notice=" + noticeNumber + " evidence=" + photo.sha256()));
    return access.viewOf(caller, number);
  }

  /** The issued document (docx or pdf) for staff of the case's area; the read is audited. */
  @Transactional
  public Optional<NoticeDocument> document(Caller caller, String number, String format) {
    CaseRoles.requirePerson(caller, CaseRoles.READING);
    ViolationCase violationCase = access.visible(caller, number);
    Optional<Notices.StoredNotice> stored = notices.ofCase(violationCase.id());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Notices.StoredNotice notice = stored.get();
    byte[] bytes = "pdf".equals(format) ? notice.pdf() : notice.docx();
    if (bytes == null) {
      return Optional.empty();
    }
    auditTrail.record(
        AuditRecord.personalDataRead(
                DOWNLOADED,
                "violation_case",
                violationCase.number(),
                violationCase.jurisdiction(),
                "Xem thông báo vi phạm " + notice.number())
            .withDetails("format=" + format));
    String mediaType =
        "pdf".equals(format)
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    return Optional.of(new NoticeDocument(notice.number() + "." + format, mediaType, bytes));
  }

  /**
   * What anyone holding a notice may check, without signing in: that a notice with this code was
   * issued, and the minimum to recognise it. Every check is recorded.
   */
  @Transactional
  public Optional<Notices.PublicNotice> check(String typedCode) {
    String code = NoticeCode.normalise(typedCode);
    Optional<Notices.PublicNotice> found = code.isEmpty() ? Optional.empty() : notices.byCode(code);
    auditTrail.record(
        new AuditRecord(
            VERIFIED_PUBLICLY,
            "violation_notice",
            found.map(Notices.PublicNotice::number).orElse(null),
            null,
            null,
            false,
            found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
            found.isPresent() ? null : "unknown code"));
    return found;
  }

  private static String vehicleClass(ViolationCase.Detected detected) {
    return vn.tcc.violation.internal.domain.VehicleClass.fromEventVehicleClass(
            detected.vehicleClass())
        .map(Enum::name)
        .orElse("CAR");
  }

  private static ViolationNotice.Speed speed(ViolationCase.Detected detected, String type) {
    if (!"SPEEDING".equals(type)
        || detected.speedKmh() == null
        || detected.speedLimitKmh() == null
        || detected.speedKmh().compareTo(detected.speedLimitKmh()) <= 0) {
      return null;
    }
    return new ViolationNotice.Speed(detected.speedKmh(), detected.speedLimitKmh());
  }

  public record NoticeDocument(String fileName, String mediaType, byte[] bytes) {}
}
