package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.violation.internal.application.CaseReviews.StoredReview;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ReviewDecision;
import vn.tcc.violation.internal.domain.Verification;
import vn.tcc.violation.internal.domain.ViolationCase;

/**
 * Puts together what a case page shows one caller: the reviews the blind rule lets him see, the
 * moves he may make, the owner (its identity only for staff who act on cases), the notice, what is
 * owed and paid, the timeline and the events.
 */
@ApplicationScoped
public class CaseViews {
  @Inject CaseReviews reviews;
  @Inject CaseHistory history;
  @Inject IdentityRequests identities;
  @Inject Notices notices;
  @Inject Payments payments;
  @Inject Appeals appeals;
  Clock clock = Clock.systemUTC();

  public CaseView of(Caller caller, ViolationCase violationCase) {
    List<StoredReview> stored = reviews.of(violationCase.id());
    Verification verification = CaseReviews.verificationOf(stored);
    Set<String> visibleReviewers =
        verification.reviewsVisibleTo(caller).stream()
            .map(Verification.Review::reviewer)
            .collect(Collectors.toSet());
    List<CaseView.ReviewView> reviewViews = new ArrayList<>();
    for (StoredReview review : stored) {
      if (visibleReviewers.contains(review.reviewer())) {
        ReviewDecision decision = review.decision();
        reviewViews.add(
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
    CaseState state = violationCase.state();
    boolean inReview = state == CaseState.IN_REVIEW || state == CaseState.DETECTED;
    boolean mayResolve =
        state == CaseState.DISPUTED
            && caller.hasRole(Role.SUPERVISOR)
            && visibleReviewers.size() == 2
            && !visibleReviewers.contains(caller.username());
    Set<String> moves =
        violationCase.lifecycle().targetsFor(caller).stream()
            .map(Enum::name)
            .collect(Collectors.toSet());
    // The owner's identity is for the staff who act on the case; auditors see that it was found.
    CaseView.Owner owner =
        identities
            .owner(violationCase.id())
            .map(
                found ->
                    new CaseView.Owner(
                        found.centerAccessId(),
                        caller.hasAnyRole(CaseRoles.ACTING) ? found.owner() : Map.of(),
                        found.vehicle(),
                        found.identifiedBy(),
                        found.identifiedAt()))
            .orElse(null);
    CaseView.NoticeSummary notice =
        notices
            .ofCase(violationCase.id())
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
    ViolationCase.Detected detected = violationCase.detected();
    ViolationCase.Milestones milestones = violationCase.milestones();
    return new CaseView(
        violationCase.number(),
        state.name(),
        violationCase.escalatedFrom() == null ? null : violationCase.escalatedFrom().name(),
        violationCase.jurisdiction().value(),
        detected.cameraCode(),
        detected.type(),
        detected.plate(),
        detected.plateConfidence(),
        detected.vehicleClass(),
        detected.speedKmh(),
        detected.speedLimitKmh(),
        detected.occurredAt(),
        detected.lastDetectedAt(),
        detected.detections(),
        violationCase.verifiedPlate(),
        violationCase.verifiedType(),
        violationCase.fine(),
        milestones.identificationDue(),
        milestones.openedAt(),
        owner,
        notice,
        settlementOf(violationCase),
        reviewViews,
        history.transitions(violationCase.id()),
        history.events(violationCase.id()),
        inReview && verification.awaitsReviewFrom(caller),
        mayResolve,
        moves);
  }

  private CaseView.Settlement settlementOf(ViolationCase violationCase) {
    List<Payments.Payment> paid = payments.ofCase(violationCase.id());
    Long fineVnd = violationCase.fineVnd();
    long lateFee =
        fineVnd == null || !paid.isEmpty() ? 0 : violationCase.lateFeeVnd(clock.instant());
    long owed = fineVnd == null || !paid.isEmpty() ? 0 : fineVnd + lateFee;
    ViolationCase.Penalty penalty = violationCase.penalty();
    return new CaseView.Settlement(
        fineVnd,
        penalty == null ? null : penalty.paymentDue(),
        lateFee,
        owed,
        paid,
        appeals.of(violationCase.id()).orElse(null),
        appeals.documents(violationCase.id()));
  }
}
