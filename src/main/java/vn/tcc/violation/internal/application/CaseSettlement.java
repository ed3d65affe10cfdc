package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.application.Payments.Payment;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;

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

  @Inject CaseWork work;
  @Inject CaseRepository cases;
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
    CaseRecord record = work.visibleCase(caller, number, true);
    boolean dismissedAppeal =
        record.state() == CaseState.APPEAL_DECIDED
            && appeals.of(record.id()).map(a -> "DISMISSED".equals(a.decision())).orElse(false);
    if (record.state() != CaseState.NOTICE_ISSUED && !dismissedAppeal) {
      throw new ProblemException(409, "violation.penalty.notNow");
    }
    CaseRecord.Fine fine = record.fine();
    if (fine == null
        || fine.minVnd() == null
        || fineVnd < fine.minVnd()
        || fineVnd > fine.maxVnd()) {
      throw new ProblemException(
          422,
          "violation.penalty.outOfRange",
          fine == null ? null : fine.minVnd(),
          fine == null ? null : fine.maxVnd());
    }
    Instant now = clock.instant();
    LocalDate due = CaseDeadlines.paymentDue(now);
    cases.decidePenalty(record.id(), fineVnd, caller.username(), now, due);
    cases.note(
        record,
        caller.username(),
        caller.displayName(),
        "Quyết định xử phạt " + fineVnd + " đồng",
        now);
    auditChange(PENALTY_DECIDED, record, "fine=" + fineVnd + " due=" + due);
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
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
    CaseRecord record =
        caller.kind() == Caller.Kind.SYSTEM
            ? cases
                .byNumberForUpdate(number)
                .orElseThrow(() -> new ProblemException(404, "problem.404.detail"))
            : work.visibleCase(caller, number, true);
    Optional<Payment> already = payments.byReference(transactionRef.strip());
    if (already.isPresent()) {
      if (!payments.ofCase(record.id()).contains(already.get())) {
        throw new ProblemException(409, "violation.payment.referenceUsed");
      }
      return work.viewOf(caller, record);
    }
    if (record.fineVnd() == null) {
      throw new ProblemException(409, "violation.payment.noPenalty");
    }
    Instant when = paidAt == null ? clock.instant() : paidAt;
    long lateFee = CaseDeadlines.lateFeeVnd(record.fineVnd(), record.penaltyDecidedAt(), when);
    long owed = record.fineVnd() + lateFee;
    if (amountVnd < owed) {
      throw new ProblemException(422, "violation.payment.amountShort", amountVnd, owed);
    }
    CaseLifecycle paid = record.lifecycle().moveTo(CaseState.PAID, caller, null);
    payments.save(
        record.id(),
        new Payment(
            channel,
            transactionRef.strip(),
            record.fineVnd(),
            lateFee,
            amountVnd,
            when,
            caller.username()));
    Instant now = clock.instant();
    cases.move(record, paid, caller.username(), caller.displayName(), transactionRef, now);
    CaseRecord afterPayment = cases.byNumber(number).orElseThrow();
    CaseLifecycle closed =
        afterPayment.lifecycle().moveTo(CaseState.CLOSED, Caller.SYSTEM_CALLER, null);
    cases.move(afterPayment, closed, "system", "TCC", "Đã nộp đủ tiền phạt", now);
    cases.markPaidAndClosed(record.id(), when, now);
    auditChange(
        PAID,
        record,
        channel + " ref=" + transactionRef + " amount=" + amountVnd + " late=" + lateFee);
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  @Transactional
  public CaseView appeal(Caller caller, String number, String grounds) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    CaseRecord record = work.visibleCase(caller, number, true);
    if (grounds == null || grounds.isBlank()) {
      throw new ProblemException(422, "violation.appeal.groundsRequired");
    }
    CaseLifecycle next = record.lifecycle().moveTo(CaseState.APPEALED, caller, grounds);
    Instant now = clock.instant();
    appeals.file(record.id(), grounds.strip(), caller.username(), now);
    cases.move(record, next, caller.username(), caller.displayName(), grounds.strip(), now);
    auditChange(APPEALED, record, null);
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  /** Appeal documents: PDF, JPEG or PNG, at most 10 MB each. */
  static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

  /** Adds a document to the case's appeal while it waits for the decision. */
  @Transactional
  public CaseView addAppealDocument(Caller caller, String number, String fileName, byte[] content) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    CaseRecord record = work.visibleCase(caller, number, true);
    if (record.state() != CaseState.APPEALED) {
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
            record.id(),
            name.length() > 255 ? name.substring(0, 255) : name,
            mediaType,
            sha256,
            content,
            caller.username());
    auditChange(APPEAL_DOCUMENT, record, "document=" + id + " sha256=" + sha256);
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  /** An appeal document's bytes, for staff of the case's area; the read is audited. */
  @Transactional
  public Optional<byte[]> appealDocument(Caller caller, String number, long documentId) {
    CaseRoles.require(caller, CaseRoles.READING);
    CaseRecord record = work.visibleCase(caller, number, false);
    Optional<byte[]> content = appeals.content(record.id(), documentId);
    content.ifPresent(
        bytes ->
            auditTrail.record(
                AuditRecord.personalDataRead(
                        APPEAL_DOCUMENT_READ,
                        "violation_case",
                        record.number(),
                        record.jurisdiction(),
                        "Giải quyết khiếu nại " + record.number())
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
    CaseRecord record = work.visibleCase(caller, number, true);
    if (!"DISMISSED".equals(decision) && !"UPHELD".equals(decision)) {
      throw new ProblemException(422, "violation.appeal.decisionRequired");
    }
    CaseLifecycle decided = record.lifecycle().moveTo(CaseState.APPEAL_DECIDED, caller, reason);
    Instant now = clock.instant();
    appeals.decide(record.id(), decision, reason.strip(), caller.username(), now);
    cases.move(
        record,
        decided,
        caller.username(),
        caller.displayName(),
        ("DISMISSED".equals(decision) ? "Bác khiếu nại" : "Chấp nhận khiếu nại")
            + ": "
            + reason.strip(),
        now);
    if ("UPHELD".equals(decision)) {
      CaseRecord after = cases.byNumber(number).orElseThrow();
      cases.move(
          after,
          after.lifecycle().moveTo(CaseState.CLOSED, caller, null),
          caller.username(),
          caller.displayName(),
          "Chấp nhận khiếu nại, huỷ xử phạt",
          now);
      cases.markClosed(record.id(), now);
    }
    auditChange(APPEAL_DECIDED, record, decision);
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  /** The plain moves a page offers as buttons: resuming an escalated case, closing a paid one. */
  @Transactional
  public CaseView move(Caller caller, String number, CaseState target, String reason) {
    CaseRecord record = work.visibleCase(caller, number, true);
    if (List.of(CaseState.ESCALATED, CaseState.CLOSED).contains(target)
        || record.state() == CaseState.ESCALATED) {
      CaseLifecycle next = record.lifecycle().moveTo(target, caller, reason);
      Instant now = clock.instant();
      cases.move(record, next, caller.username(), caller.displayName(), reason, now);
      if (target == CaseState.CLOSED) {
        cases.markClosed(record.id(), now);
      }
      auditChange(MOVED, record, record.state() + "->" + target);
      return work.viewOf(caller, cases.byNumber(number).orElseThrow());
    }
    throw new ProblemException(409, "violation.transition.useItsAction", target);
  }

  private void auditChange(String action, CaseRecord record, String details) {
    auditTrail.record(
        new AuditRecord(
            action,
            "violation_case",
            record.number(),
            record.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            details));
  }
}
