package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.violation.internal.application.CaseReviews.StoredReview;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.Decree168Rules;
import vn.tcc.violation.internal.domain.FineSchedule;
import vn.tcc.violation.internal.domain.ReviewDecision;
import vn.tcc.violation.internal.domain.Verification;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * Verifying a case: an officer takes the next one from the review queue, two officers review it
 * blind, a supervisor settles a dispute. Every decision is a change on the audit trail, and taking
 * a case a read of personal data (the plate).
 */
@ApplicationScoped
public class CaseVerification {
  static final String TAKEN = "VIOLATION_CASE_TAKEN_FOR_REVIEW";
  static final String REVIEWED = "VIOLATION_CASE_REVIEWED";
  static final String RESOLVED = "VIOLATION_CASE_DISPUTE_RESOLVED";

  /** How long a case taken from the queue stays with the officer who took it. */
  static final Duration REVIEW_HOLD = Duration.ofMinutes(15);

  private static final FineSchedule FINES = Decree168Rules.schedule();

  @Inject ViolationCases cases;
  @Inject CaseReviews reviews;
  @Inject CaseAccess access;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  /**
   * The oldest case in the caller's jurisdiction that waits for a review he may give, now held for
   * him; empty when there is none.
   */
  @Transactional
  public Optional<CaseView> takeNextForReview(Caller caller) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    Optional<String> taken =
        reviews.claimNext(caller.jurisdiction(), caller.username(), REVIEW_HOLD);
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    ViolationCase violationCase = cases.byNumber(taken.get()).orElseThrow();
    if (violationCase.state() == CaseState.DETECTED) {
      violationCase.startReview(caller, clock.instant());
      cases.save(violationCase);
    }
    auditTrail.record(
        AuditRecord.personalDataRead(
            TAKEN,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            "review"));
    return Optional.of(access.viewOf(caller, violationCase.number()));
  }

  /** Until when the caller holds this case from the review queue, if he holds it now. */
  public Optional<Instant> heldUntil(Caller caller, String number) {
    if (caller.username() == null || number == null) {
      return Optional.empty();
    }
    return reviews.heldUntil(number, caller.username());
  }

  /** Records the caller's blind review; the second one verifies, rejects or disputes the case. */
  @Transactional
  public CaseView review(Caller caller, String number, ReviewDecision decision) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    ViolationCase violationCase = access.visibleForChange(caller, number);
    Instant now = clock.instant();
    if (violationCase.state() == CaseState.DETECTED) {
      violationCase.startReview(caller, now);
    }
    if (violationCase.state() != CaseState.IN_REVIEW) {
      throw new ProblemException(409, "violation.review.notInReview");
    }
    List<StoredReview> stored = reviews.of(violationCase.id());
    Verification after = CaseReviews.verificationOf(stored).review(caller, decision);
    String round = stored.isEmpty() ? "FIRST" : "SECOND";
    reviews.add(
        violationCase.id(),
        new StoredReview(round, caller.username(), caller.displayName(), decision, now));
    violationCase.settle(after, caller, FINES, now);
    cases.save(violationCase);
    reviews.releaseClaim(violationCase.id());
    auditChange(REVIEWED, violationCase, round + " " + decision.verdict());
    return access.viewOf(caller, number);
  }

  /** A supervisor who was not one of the reviewers settles a disputed case; final. */
  @Transactional
  public CaseView resolve(Caller caller, String number, ReviewDecision decision) {
    CaseRoles.require(caller, List.of(Role.SUPERVISOR));
    ViolationCase violationCase = access.visibleForChange(caller, number);
    List<StoredReview> stored = reviews.of(violationCase.id());
    Verification after = CaseReviews.verificationOf(stored).resolve(caller, decision);
    Instant now = clock.instant();
    reviews.add(
        violationCase.id(),
        new StoredReview("SUPERVISOR", caller.username(), caller.displayName(), decision, now));
    violationCase.settle(after, caller, FINES, now);
    cases.save(violationCase);
    auditChange(RESOLVED, violationCase, decision.verdict().name());
    return access.viewOf(caller, number);
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
