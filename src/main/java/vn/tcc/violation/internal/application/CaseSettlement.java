package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.application.Payments.Payment;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * After the notice: the penalty decision (the fine within the rule's range; payment is due 10 days
 * later, then 0.05 % a day is added), payment by hand or from the gateway (which closes the case),
 * appeals and their decision. Every step is a line on the case's timeline and on the audit trail.
 */
@ApplicationScoped
public class CaseSettlement {
  static final String PENALTY_DECIDED = "VIOLATION_PENALTY_DECIDED";
  static final String PAID = "VIOLATION_FINE_PAID";
  static final String APPEALED = "VIOLATION_APPEAL_FILED";
  static final String APPEAL_DECIDED = "VIOLATION_APPEAL_DECIDED";
  static final String MOVED = "VIOLATION_CASE_MOVED";
  static final String APPEAL_DOCUMENT = "VIOLATION_APPEAL_DOCUMENT_ADDED";
  static final String APPEAL_DOCUMENT_READ = "VIOLATION_APPEAL_DOCUMENT_READ";

  @Inject CaseAccess access;
  @Inject ViolationCases cases;
  @Inject Payments payments;
  @Inject Appeals appeals;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  /**
   * The fine the officer decides, within the range of the rule in force; payment due in 10 days.
   */
  @Transactional
  public CaseView decidePenalty(Caller caller, String number, long fineVnd) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    ViolationCase violationCase = access.visibleForChange(caller, number);
    boolean appealDismissed =
        violationCase.state() == CaseState.APPEAL_DECIDED
            && appeals
                .of(violationCase.id())
                .map(a -> "DISMISSED".equals(a.decision()))
                .orElse(false);
    violationCase.decidePenalty(caller, fineVnd, appealDismissed, clock.instant());
    cases.save(violationCase);
    auditChange(
        PENALTY_DECIDED,
        violationCase,
        "fine=" + fineVnd + " due=" + violationCase.penalty().paymentDue());
    return access.viewOf(caller, number);
  }

  /**
   * Records a payment and closes the case. The amount must cover the fine and the late fee at the
   * time of payment. A transaction reference already recorded answers the case as it is: the
   * gateway may call back more than once.
   */
  @Transactional
  public CaseView recordPayment(
      Caller caller,
      String number,
      String channel,
      String transactionRef,
      long amountVnd,
      Instant paidAt) {
    if (caller.kind() != Caller.Kind.SYSTEM) {
      CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    }
    if (transactionRef == null || transactionRef.isBlank()) {
      throw new ProblemException(422, "violation.payment.referenceRequired");
    }
    ViolationCase violationCase =
        caller.kind() == Caller.Kind.SYSTEM
            ? cases
                .byNumberForUpdate(number)
                .orElseThrow(() -> new ProblemException(404, "problem.404.detail"))
            : access.visibleForChange(caller, number);
    Optional<Payment> already = payments.byReference(transactionRef.strip());
    if (already.isPresent()) {
      if (!payments.ofCase(violationCase.id()).contains(already.get())) {
        throw new ProblemException(409, "violation.payment.referenceUsed");
      }
      return access.viewOf(caller, violationCase);
    }
    Long fineVnd = violationCase.fineVnd();
    if (fineVnd == null) {
      throw new ProblemException(409, "violation.payment.noPenalty");
    }
    Instant when = paidAt == null ? clock.instant() : paidAt;
    long lateFee = violationCase.lateFeeVnd(when);
    long owed = fineVnd + lateFee;
    if (amountVnd < owed) {
      throw new ProblemException(422, "violation.payment.amountShort", amountVnd, owed);
    }
    // The case moves first: a payment it may not take now is refused before it is kept.
    violationCase.pay(caller, transactionRef, when, clock.instant());
    payments.save(
        violationCase.id(),
        new Payment(
            channel, transactionRef.strip(), fineVnd, lateFee, amountVnd, when, caller.username()));
    cases.save(violationCase);
    auditChange(
        PAID,
        violationCase,
        channel + " ref=" + transactionRef + " amount=" + amountVnd + " late=" + lateFee);
    return access.viewOf(caller, number);
  }

  @Transactional
  public CaseView appeal(Caller caller, String number, String grounds) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    ViolationCase violationCase = access.visibleForChange(caller, number);
    if (grounds == null || grounds.isBlank()) {
      throw new ProblemException(422, "violation.appeal.groundsRequired");
    }
    Instant now = clock.instant();
    violationCase.appeal(caller, grounds.strip(), now);
    appeals.file(violationCase.id(), grounds.strip(), caller.username(), now);
    cases.save(violationCase);
    auditChange(APPEALED, violationCase, null);
    return access.viewOf(caller, number);
  }

  /** Appeal documents: PDF, JPEG or PNG, at most 10 MB each. */
  static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

  /** Adds a document to the case's appeal while it waits for the decision. */
  @Transactional
  public CaseView addAppealDocument(Caller caller, String number, String fileName, byte[] content) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    ViolationCase violationCase = access.visibleForChange(caller, number);
    if (violationCase.state() != CaseState.APPEALED) {
      throw new ProblemException(409, "violation.appeal.notOpen");
    }
    if (content == null || content.length == 0) {
      throw new ProblemException(422, "violation.appeal.documentEmpty");
    }
    if (content.length > MAX_DOCUMENT_BYTES) {
      throw new ProblemException(
          413, "violation.appeal.documentTooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
    }
    String mediaType = vn.tcc.shared.media.MediaTypes.sniff(content);
    if (mediaType == null || vn.tcc.shared.media.MediaTypes.MP4.equals(mediaType)) {
      throw new ProblemException(415, "violation.appeal.documentType");
    }
    String name =
        fileName == null || fileName.isBlank()
            ? "tai-lieu"
            : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
    String sha256 = sha256(content);
    long id =
        appeals.addDocument(
            violationCase.id(),
            name.length() > 255 ? name.substring(0, 255) : name,
            mediaType,
            sha256,
            content,
            caller.username());
    auditChange(APPEAL_DOCUMENT, violationCase, "document=" + id + " sha256=" + sha256);
    return access.viewOf(caller, number);
  }

  /** An appeal document's bytes, for staff of the case's area; the read is audited. */
  @Transactional
  public Optional<byte[]> appealDocument(Caller caller, String number, long documentId) {
    CaseRoles.require(caller, CaseRoles.READING);
    ViolationCase violationCase = access.visible(caller, number);
    Optional<byte[]> content = appeals.content(violationCase.id(), documentId);
    content.ifPresent(
        bytes ->
            auditTrail.record(
                AuditRecord.personalDataRead(
                        APPEAL_DOCUMENT_READ,
                        "violation_case",
                        violationCase.number(),
                        violationCase.jurisdiction(),
                        "Giải quyết khiếu nại " + violationCase.number())
                    .withDetails("document=" + documentId)));
    return content;
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A supervisor decides the appeal: DISMISSED (the penalty stands; it is decided and paid as
   * before) or UPHELD (the penalty is cancelled and the case closed).
   */
  @Transactional
  public CaseView decideAppeal(Caller caller, String number, String decision, String reason) {
    ViolationCase violationCase = access.visibleForChange(caller, number);
    if (!"DISMISSED".equals(decision) && !"UPHELD".equals(decision)) {
      throw new ProblemException(422, "violation.appeal.decisionRequired");
    }
    Instant now = clock.instant();
    violationCase.decideAppeal(caller, "UPHELD".equals(decision), reason, now);
    appeals.decide(violationCase.id(), decision, reason.strip(), caller.username(), now);
    cases.save(violationCase);
    auditChange(APPEAL_DECIDED, violationCase, decision);
    return access.viewOf(caller, number);
  }

  /** The plain moves a page offers as buttons: resuming an escalated case, closing a paid one. */
  @Transactional
  public CaseView move(Caller caller, String number, CaseState target, String reason) {
    ViolationCase violationCase = access.visibleForChange(caller, number);
    CaseState from = violationCase.state();
    if (List.of(CaseState.ESCALATED, CaseState.CLOSED).contains(target)
        || from == CaseState.ESCALATED) {
      violationCase.move(target, caller, reason, clock.instant());
      cases.save(violationCase);
      auditChange(MOVED, violationCase, from + "->" + target);
      return access.viewOf(caller, number);
    }
    throw new ProblemException(409, "violation.transition.useItsAction", target);
  }

  private void auditChange(String action, ViolationCase violationCase, String details) {
    auditTrail.record(
        new AuditRecord(
            action,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            details));
  }
}
