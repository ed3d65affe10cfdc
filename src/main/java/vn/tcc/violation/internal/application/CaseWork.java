package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.violation.internal.application.CaseRepository.StoredReview;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.Decree168Rules;
import vn.tcc.violation.internal.domain.FineAssessment;
import vn.tcc.violation.internal.domain.FineRule;
import vn.tcc.violation.internal.domain.FineSchedule;
import vn.tcc.violation.internal.domain.ReviewDecision;
import vn.tcc.violation.internal.domain.VehicleClass;
import vn.tcc.violation.internal.domain.Verification;

/**
 * What officers and supervisors do with a case up to its verification: look at it, take the next
 * one from the review queue, review it blind, settle a dispute. Cases are seen only inside the
 * caller's jurisdiction (elsewhere they do not exist for him); every look is a read of personal
 * data (the plate) and every decision a change, both on the audit trail.
 */
@ApplicationScoped
public class CaseWork {
  static final String VIEWED = "VIOLATION_CASE_VIEWED";
  static final String TAKEN = "VIOLATION_CASE_TAKEN_FOR_REVIEW";
  static final String REVIEWED = "VIOLATION_CASE_REVIEWED";
  static final String RESOLVED = "VIOLATION_CASE_DISPUTE_RESOLVED";

  /** How long a case taken from the queue stays with the officer who took it. */
  static final Duration REVIEW_HOLD = Duration.ofMinutes(15);

  private static final FineSchedule FINES = Decree168Rules.schedule();

  @Inject CaseRepository cases;
  @Inject IdentityRequests identities;
  @Inject Notices notices;
  @Inject Payments payments;
  @Inject Appeals appeals;
  @Inject AuditTrail auditTrail;
  @Inject CaseAccessDenials denials;
  Clock clock = Clock.systemUTC();

  /** The case, if the caller may see it; the look is audited with its purpose. */
  @Transactional
  public CaseView view(Caller caller, String number, String purpose) {
    CaseRoles.require(caller, CaseRoles.READING);
    if (purpose == null || purpose.isBlank()) {
      throw new ProblemException(400, "problem.purpose.required");
    }
    CaseRecord record = visibleCase(caller, number, false);
    auditRead(VIEWED, record, purpose.strip());
    return viewOf(caller, record);
  }

  /**
   * The oldest case in the caller's jurisdiction that waits for a review he may give, now held for
   * him; empty when there is none.
   */
  @Transactional
  public Optional<CaseView> takeNextForReview(Caller caller) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    Optional<CaseRecord> taken =
        cases.claimNextForReview(caller.jurisdiction(), caller.username(), REVIEW_HOLD);
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    CaseRecord record = taken.get();
    if (record.state() == CaseState.DETECTED) {
      record = startReview(caller, record);
    }
    auditRead(TAKEN, record, "review");
    return Optional.of(viewOf(caller, record));
  }

  /** Records the caller's blind review; the second one verifies, rejects or disputes the case. */
  @Transactional
  public CaseView review(Caller caller, String number, ReviewDecision decision) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    CaseRecord record = visibleCase(caller, number, true);
    if (record.state() == CaseState.DETECTED) {
      record = startReview(caller, record);
    }
    if (record.state() != CaseState.IN_REVIEW) {
      throw new ProblemException(409, "violation.review.notInReview");
    }
    List<StoredReview> stored = cases.reviews(record.id());
    Verification after = verificationOf(stored).review(caller, decision);
    String round = stored.isEmpty() ? "FIRST" : "SECOND";
    Instant now = clock.instant();
    cases.addReview(
        record.id(),
        new StoredReview(round, caller.username(), caller.displayName(), decision, now));
    settle(caller, record, after, now);
    cases.releaseClaim(record.id());
    auditChange(REVIEWED, record, round + " " + decision.verdict());
    return viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  /** A supervisor who was not one of the reviewers settles a disputed case; final. */
  @Transactional
  public CaseView resolve(Caller caller, String number, ReviewDecision decision) {
    CaseRoles.require(caller, List.of(Role.SUPERVISOR));
    CaseRecord record = visibleCase(caller, number, true);
    List<StoredReview> stored = cases.reviews(record.id());
    Verification after = verificationOf(stored).resolve(caller, decision);
    Instant now = clock.instant();
    cases.addReview(
        record.id(),
        new StoredReview("SUPERVISOR", caller.username(), caller.displayName(), decision, now));
    settle(caller, record, after, now);
    auditChange(RESOLVED, record, decision.verdict().name());
    return viewOf(caller, cases.byNumber(number).orElseThrow());
  }

  private CaseRecord startReview(Caller caller, CaseRecord record) {
    CaseLifecycle next = record.lifecycle().moveTo(CaseState.IN_REVIEW, caller, null);
    cases.move(record, next, caller.username(), caller.displayName(), null, clock.instant());
    return cases.byNumber(record.number()).orElseThrow();
  }

  /** Once the verification has an outcome, the case takes it (and the fine when verified). */
  private void settle(Caller caller, CaseRecord record, Verification after, Instant now) {
    CaseState outcome = after.outcome();
    if (outcome == record.state()) {
      return;
    }
    String reason =
        switch (outcome) {
          case REJECTED -> String.join("; ", after.rejectionReasons());
          case DISPUTED -> "Hai kết quả xác minh không thống nhất";
          default -> null;
        };
    CaseLifecycle next = record.lifecycle().moveTo(outcome, caller, reason);
    cases.move(record, next, caller.username(), caller.displayName(), reason, now);
    if (outcome == CaseState.VERIFIED) {
      EventType type = after.verifiedType().orElseThrow();
      cases.recordVerification(
          record.id(), after.verifiedPlate().orElseThrow(), type.name(), fineFor(record, type));
    }
  }

  /** The rule in force on the violation date for the verified violation and the vehicle's class. */
  static CaseRecord.Fine fineFor(CaseRecord record, EventType type) {
    Optional<VehicleClass> vehicle = VehicleClass.fromEventVehicleClass(record.vehicleClass());
    FineAssessment assessment;
    if (vehicle.isEmpty()) {
      assessment = null;
    } else if (type == EventType.SPEEDING) {
      assessment =
          record.speedKmh() == null || record.speedLimitKmh() == null
              ? null
              : FINES.assessSpeeding(
                  vehicle.get(), record.occurredAt(), record.speedKmh(), record.speedLimitKmh());
    } else {
      assessment = FINES.assess(type, vehicle.get(), record.occurredAt());
    }
    if (assessment == null) {
      return new CaseRecord.Fine(
          FineAssessment.Outcome.NO_RULE.name(), null, null, null, null, null, null);
    }
    FineRule rule = assessment.rule();
    if (rule == null) {
      return new CaseRecord.Fine(assessment.outcome().name(), null, null, null, null, null, null);
    }
    return new CaseRecord.Fine(
        assessment.outcome().name(),
        rule.minFineVnd(),
        rule.maxFineVnd(),
        rule.licencePoints(),
        rule.legalReferenceVi(),
        rule.legalReferenceEn(),
        rule.effectiveFrom());
  }

  static Verification verificationOf(List<StoredReview> stored) {
    Verification.Review first = null;
    Verification.Review second = null;
    Verification.Review supervisor = null;
    for (StoredReview review : stored) {
      Verification.Review domain = new Verification.Review(review.reviewer(), review.decision());
      switch (review.round()) {
        case "FIRST" -> first = domain;
        case "SECOND" -> second = domain;
        default -> supervisor = domain;
      }
    }
    return new Verification(first, second, supervisor);
  }

  public CaseView viewOf(Caller caller, CaseRecord record) {
    List<StoredReview> stored = cases.reviews(record.id());
    Verification verification = verificationOf(stored);
    Set<String> visibleReviewers =
        verification.reviewsVisibleTo(caller).stream()
            .map(Verification.Review::reviewer)
            .collect(Collectors.toSet());
    List<CaseView.ReviewView> reviews = new ArrayList<>();
    for (StoredReview review : stored) {
      if (visibleReviewers.contains(review.reviewer())) {
        ReviewDecision decision = review.decision();
        reviews.add(
            new CaseView.ReviewView(
                review.round(),
                review.reviewer(),
                review.reviewerName(),
                decision.verdict().name(),
                decision.plate(),
                decision.violationType() == null ? null : decision.violationType().name(),
                decision.reason(),
                review.at()));
      }
    }
    boolean inReview =
        record.state() == CaseState.IN_REVIEW || record.state() == CaseState.DETECTED;
    boolean mayResolve =
        record.state() == CaseState.DISPUTED
            && caller.hasRole(Role.SUPERVISOR)
            && visibleReviewers.size() == 2
            && !visibleReviewers.contains(caller.username());
    Set<String> moves =
        record.lifecycle().targetsFor(caller).stream().map(Enum::name).collect(Collectors.toSet());
    // The owner's identity is for the staff who act on the case; auditors see that it was found.
    CaseView.Owner owner =
        identities
            .owner(record.id())
            .map(
                found ->
                    new CaseView.Owner(
                        found.centerAccessId(),
                        caller.hasAnyRole(CaseRoles.ACTING) ? found.owner() : java.util.Map.of(),
                        found.vehicle(),
                        found.identifiedBy(),
                        found.identifiedAt()))
            .orElse(null);
    CaseView.NoticeSummary notice =
        notices
            .ofCase(record.id())
            .map(
                n ->
                    new CaseView.NoticeSummary(
                        n.number(),
                        n.verificationCode(),
                        n.evidenceSha256(),
                        n.issuedAt(),
                        n.responseDue(),
                        n.issuedBy()))
            .orElse(null);
    return new CaseView(
        record.number(),
        record.state().name(),
        record.escalatedFrom() == null ? null : record.escalatedFrom().name(),
        record.jurisdiction().value(),
        record.cameraCode(),
        record.detectedType(),
        record.detectedPlate(),
        record.plateConfidence(),
        record.vehicleClass(),
        record.speedKmh(),
        record.speedLimitKmh(),
        record.occurredAt(),
        record.lastDetectedAt(),
        record.detections(),
        record.verifiedPlate(),
        record.verifiedType(),
        record.fine(),
        record.identificationDue(),
        record.openedAt(),
        owner,
        notice,
        settlementOf(record),
        reviews,
        cases.transitions(record.id()),
        cases.events(record.id()),
        inReview && verification.awaitsReviewFrom(caller),
        mayResolve,
        moves);
  }

  private CaseView.Settlement settlementOf(CaseRecord record) {
    List<Payments.Payment> paid = payments.ofCase(record.id());
    long lateFee =
        record.fineVnd() == null || !paid.isEmpty()
            ? 0
            : CaseDeadlines.lateFeeVnd(
                record.fineVnd(), record.penaltyDecidedAt(), clock.instant());
    long owed = record.fineVnd() == null || !paid.isEmpty() ? 0 : record.fineVnd() + lateFee;
    return new CaseView.Settlement(
        record.fineVnd(),
        record.paymentDue(),
        lateFee,
        owed,
        paid,
        appeals.of(record.id()).orElse(null),
        appeals.documents(record.id()));
  }

  /** The case if the caller's jurisdiction covers it; else 404 (and a denied entry). */
  public CaseRecord visibleCase(Caller caller, String number, boolean forUpdate) {
    Optional<CaseRecord> found =
        forUpdate ? cases.byNumberForUpdate(number) : cases.byNumber(number);
    if (found.isEmpty()) {
      throw new ProblemException(404, "problem.404.detail");
    }
    if (!caller.mayAccess(found.get().jurisdiction())) {
      denials.record(number, "jurisdiction");
      throw new ProblemException(404, "problem.404.detail");
    }
    return found.get();
  }

  private void auditRead(String action, CaseRecord record, String purpose) {
    auditTrail.record(
        AuditRecord.personalDataRead(
            action, "violation_case", record.number(), record.jurisdiction(), purpose));
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
