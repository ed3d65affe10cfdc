package vn.tcc.violation.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * A violation case: one vehicle's violation at one camera, opened by the camera's detection (its
 * repeats within minutes join it), verified blind by two officers, the owner identified, a notice
 * sent, a penalty decided, then paid or appealed, until it is closed or rejected. It belongs to the
 * jurisdiction of its camera, and only that area's staff see it.
 *
 * <p>The case owns its lifecycle: every move is checked against {@link CaseLifecycle} (the state
 * allows it, the caller may make it, a reason is given where one is needed) and recorded as a
 * {@link CaseTransition} with who made it, why and when. The moves and changes since the case was
 * loaded are what {@link ViolationCases#save} writes, in the caller's transaction.
 */
public final class ViolationCase {
  private static final String DISPUTE_REASON = "Hai kết quả xác minh không thống nhất";
  private static final String PAID_CLOSES = "Đã nộp đủ tiền phạt";
  private static final String APPEAL_UPHELD_CLOSES = "Chấp nhận khiếu nại, huỷ xử phạt";

  private final long id;
  private final String number;
  private final int version;
  private final JurisdictionCode jurisdiction;
  private final Detected detected;
  private CaseLifecycle lifecycle;
  private Verified verified;
  private Penalty penalty;
  private Milestones milestones;
  private final List<CaseTransition> unsaved = new ArrayList<>();
  private boolean changed;

  /** What the camera saw: the first detection, and how many joined it until the last. */
  public record Detected(
      String cameraCode,
      String type,
      String plate,
      BigDecimal plateConfidence,
      String vehicleClass,
      BigDecimal speedKmh,
      BigDecimal speedLimitKmh,
      long firstEventId,
      Instant occurredAt,
      Instant lastDetectedAt,
      int detections) {}

  /** What the reviewers confirmed: the plate, the violation, and the fine rule for it. */
  public record Verified(String plate, String type, CaseFine fine) {}

  /** The penalty decided within the fine's range, by whom and when, and when payment is due. */
  public record Penalty(long fineVnd, String decidedBy, Instant decidedAt, LocalDate paymentDue) {}

  /** The dates of the case's steps; null until the step happened. */
  public record Milestones(
      Instant openedAt,
      LocalDate identificationDue,
      Instant ownerIdentifiedAt,
      Instant noticeIssuedAt,
      LocalDate responseDue,
      Instant paidAt,
      Instant closedAt) {

    Milestones ownerIdentified(Instant at) {
      return new Milestones(
          openedAt, identificationDue, at, noticeIssuedAt, responseDue, paidAt, closedAt);
    }

    Milestones noticeIssued(Instant at, LocalDate due) {
      return new Milestones(
          openedAt, identificationDue, ownerIdentifiedAt, at, due, paidAt, closedAt);
    }

    Milestones paid(Instant at) {
      return new Milestones(
          openedAt,
          identificationDue,
          ownerIdentifiedAt,
          noticeIssuedAt,
          responseDue,
          at,
          closedAt);
    }

    Milestones closed(Instant at) {
      return new Milestones(
          openedAt, identificationDue, ownerIdentifiedAt, noticeIssuedAt, responseDue, paidAt, at);
    }
  }

  /** A case as stored, with no move made yet. */
  public ViolationCase(
      long id,
      String number,
      int version,
      JurisdictionCode jurisdiction,
      Detected detected,
      CaseLifecycle lifecycle,
      Verified verified,
      Penalty penalty,
      Milestones milestones) {
    this.id = id;
    this.number = number;
    this.version = version;
    this.jurisdiction = jurisdiction;
    this.detected = detected;
    this.lifecycle = lifecycle;
    this.verified = verified;
    this.penalty = penalty;
    this.milestones = milestones;
  }

  /**
   * Makes the move, or refuses it with a {@link ViolationRuleException} (see {@link
   * CaseLifecycle#moveTo}); a move to {@link CaseState#CLOSED} also dates the closing.
   *
   * @param reason why: required to reject, to decide an appeal and to escalate
   */
  public void move(CaseState target, Caller by, String reason, Instant at) {
    record(lifecycle.moveTo(target, by, reason), by, reason, at);
  }

  /**
   * Refuses now, as {@link #move} would, a move the caller may not make: for steps that do work
   * (documents, numbers) before they move the case.
   */
  public void requireMayMove(CaseState target, Caller by) {
    lifecycle.moveTo(target, by, null);
  }

  /** An officer starts verifying a case nobody has looked at yet. */
  public void startReview(Caller by, Instant at) {
    move(CaseState.IN_REVIEW, by, null, at);
  }

  /**
   * The case takes the outcome of its verification once it has one: verified (with the fine rule in
   * force on the violation date), rejected (with the reviewers' reasons) or disputed.
   */
  public void settle(Verification verification, Caller by, FineSchedule fines, Instant at) {
    CaseState outcome = verification.outcome();
    if (outcome == state()) {
      return;
    }
    switch (outcome) {
      case REJECTED -> move(outcome, by, String.join("; ", verification.rejectionReasons()), at);
      case DISPUTED -> move(outcome, by, DISPUTE_REASON, at);
      case VERIFIED -> {
        move(outcome, by, null, at);
        EventType type = verification.verifiedType().orElseThrow();
        verified =
            new Verified(
                verification.verifiedPlate().orElseThrow(), type.name(), fineFor(type, fines));
        changed = true;
      }
      default -> move(outcome, by, null, at);
    }
  }

  /** The rule in force on the violation date for the violation and the vehicle's class. */
  public CaseFine fineFor(EventType type, FineSchedule fines) {
    Optional<VehicleClass> vehicle = VehicleClass.fromEventVehicleClass(detected.vehicleClass());
    if (vehicle.isEmpty()) {
      return CaseFine.of(null);
    }
    if (type == EventType.SPEEDING) {
      return detected.speedKmh() == null || detected.speedLimitKmh() == null
          ? CaseFine.of(null)
          : CaseFine.of(
              fines.assessSpeeding(
                  vehicle.get(),
                  detected.occurredAt(),
                  detected.speedKmh(),
                  detected.speedLimitKmh()));
    }
    return CaseFine.of(fines.assess(type, vehicle.get(), detected.occurredAt()));
  }

  /** The population database named the owner; the center's access id is the reason on record. */
  public void identifyOwner(Caller by, String centerAccessId, Instant answeredAt, Instant at) {
    move(CaseState.OWNER_IDENTIFIED, by, "Mã truy cập " + centerAccessId, at);
    milestones = milestones.ownerIdentified(answeredAt);
  }

  /** The notice went out under its number; the recipient answers by the response date. */
  public void issueNotice(Caller by, String noticeNumber, Instant issuedAt, LocalDate responseDue) {
    move(CaseState.NOTICE_ISSUED, by, noticeNumber, issuedAt);
    milestones = milestones.noticeIssued(issuedAt, responseDue);
  }

  /**
   * The officer decides the fine within the range of the rule, after the notice or after an appeal
   * was dismissed; payment is due {@link CaseDeadlines#PAYMENT_DAYS} days later. A line on the
   * timeline, not a move.
   */
  public void decidePenalty(Caller by, long fineVnd, boolean appealDismissed, Instant at) {
    boolean afterDismissal = state() == CaseState.APPEAL_DECIDED && appealDismissed;
    if (state() != CaseState.NOTICE_ISSUED && !afterDismissal) {
      throw ViolationRuleException.conflict("violation.penalty.notNow");
    }
    CaseFine fine = fine();
    if (!fine.allows(fineVnd)) {
      throw ViolationRuleException.invalid(
          "violation.penalty.outOfRange", fine.minVnd(), fine.maxVnd());
    }
    penalty = new Penalty(fineVnd, by.username(), at, CaseDeadlines.paymentDue(at));
    changed = true;
    note(by, "Quyết định xử phạt " + fineVnd + " đồng", at);
  }

  /** The late fee owed on the penalty if paid at the instant; 0 without a penalty. */
  public long lateFeeVnd(Instant paidOrNow) {
    return penalty == null
        ? 0
        : CaseDeadlines.lateFeeVnd(penalty.fineVnd(), penalty.decidedAt(), paidOrNow);
  }

  /**
   * The fine was paid (the transaction's reference is the reason on record); TCC then closes the
   * case, as nothing is left to do.
   */
  public void pay(Caller by, String transactionRef, Instant paidAt, Instant at) {
    move(CaseState.PAID, by, transactionRef, at);
    move(CaseState.CLOSED, Caller.SYSTEM_CALLER, PAID_CLOSES, at);
    milestones = milestones.paid(paidAt);
  }

  /** The violator contests the penalty on these grounds. */
  public void appeal(Caller by, String grounds, Instant at) {
    move(CaseState.APPEALED, by, grounds, at);
  }

  /**
   * A supervisor decides the appeal, with a reason: dismissed, the penalty stands; upheld, the
   * penalty is cancelled and the case closed.
   */
  public void decideAppeal(Caller by, boolean upheld, String reason, Instant at) {
    CaseLifecycle decided = lifecycle.moveTo(CaseState.APPEAL_DECIDED, by, reason);
    String why = (upheld ? "Chấp nhận khiếu nại" : "Bác khiếu nại") + ": " + reason.strip();
    record(decided, by, why, at);
    if (upheld) {
      move(CaseState.CLOSED, by, APPEAL_UPHELD_CLOSES, at);
    }
  }

  /** A deadline passed: the deadline scheduler hands the case to a supervisor. */
  public void escalate(String reason, Instant at) {
    move(CaseState.ESCALATED, Caller.SYSTEM_CALLER, reason, at);
  }

  /** A line on the timeline that does not move the case. */
  public void note(Caller by, String what, Instant at) {
    CaseState state = state();
    unsaved.add(new CaseTransition(state, state, by.username(), by.displayName(), what, at));
  }

  private void record(CaseLifecycle next, Caller by, String reason, Instant at) {
    unsaved.add(
        new CaseTransition(
            lifecycle.state(), next.state(), by.username(), by.displayName(), reason, at));
    lifecycle = next;
    changed = true;
    if (next.state() == CaseState.CLOSED) {
      milestones = milestones.closed(at);
    }
  }

  /** The timeline lines made since the case was loaded, oldest first. */
  public List<CaseTransition> unsavedTransitions() {
    return Collections.unmodifiableList(unsaved);
  }

  /** Something stored on the case itself changed (its state, verification, penalty or dates). */
  public boolean hasUnsavedChanges() {
    return changed;
  }

  public long id() {
    return id;
  }

  public String number() {
    return number;
  }

  /** The version loaded; a save checks that nobody changed the case since. */
  public int version() {
    return version;
  }

  public JurisdictionCode jurisdiction() {
    return jurisdiction;
  }

  public Detected detected() {
    return detected;
  }

  public CaseLifecycle lifecycle() {
    return lifecycle;
  }

  public CaseState state() {
    return lifecycle.state();
  }

  /** The state an escalated case resumes to; null unless escalated. */
  public CaseState escalatedFrom() {
    return lifecycle.escalatedFrom();
  }

  /** What the reviewers confirmed; null before verification. */
  public Verified verified() {
    return verified;
  }

  public String verifiedPlate() {
    return verified == null ? null : verified.plate();
  }

  public String verifiedType() {
    return verified == null ? null : verified.type();
  }

  public CaseFine fine() {
    return verified == null ? CaseFine.NOT_ASSESSED : verified.fine();
  }

  /** The penalty decided; null before the decision. */
  public Penalty penalty() {
    return penalty;
  }

  /** The fine decided; null before the decision. */
  public Long fineVnd() {
    return penalty == null ? null : penalty.fineVnd();
  }

  public Milestones milestones() {
    return milestones;
  }
}
