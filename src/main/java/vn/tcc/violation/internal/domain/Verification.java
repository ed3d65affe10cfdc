package vn.tcc.violation.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The two-person blind verification of a case. Two different officers each decide from the evidence
 * without seeing the other's decision; when they agree the case is verified or rejected, when they
 * do not it is disputed and a supervisor who was not one of the two decides.
 *
 * <p>Immutable: each step returns the verification after it. Feed {@link #outcome()} to {@link
 * CaseLifecycle#moveTo} once it is no longer {@link CaseState#IN_REVIEW}.
 */
public record Verification(Review first, Review second, Review supervisor) {

  /** A decision and who made it (the username of the token). */
  public record Review(String reviewer, ReviewDecision decision) {
    public Review {
      if (reviewer == null || reviewer.isBlank()) {
        throw new IllegalArgumentException("A review needs its reviewer");
      }
      if (decision == null) {
        throw new IllegalArgumentException("A review needs its decision");
      }
    }
  }

  public Verification {
    if ((first == null && second != null) || (second == null && supervisor != null)) {
      throw new IllegalArgumentException("Reviews come in order: first, second, supervisor");
    }
    // Also when read back from storage: two people, and a third one to settle a dispute.
    if (second != null && samePerson(first.reviewer(), second.reviewer())) {
      throw new IllegalArgumentException("The two reviews are by the same person");
    }
    if (supervisor != null
        && (samePerson(first.reviewer(), supervisor.reviewer())
            || samePerson(second.reviewer(), supervisor.reviewer()))) {
      throw new IllegalArgumentException("The supervisor settling a dispute was a reviewer");
    }
  }

  /** Nobody has reviewed yet. */
  public static Verification start() {
    return new Verification(null, null, null);
  }

  /**
   * Records an officer's blind review: the first, or the second by a different person.
   *
   * @throws ViolationRuleException {@code violation.review.roleNotAllowed} (403) for a caller who
   *     is not an officer or supervisor; {@code violation.review.sameOfficer} (409) when the first
   *     reviewer reviews again; {@code violation.review.complete} (409) after two reviews
   */
  public Verification review(Caller reviewer, ReviewDecision decision) {
    if (!isPerson(reviewer)
        || !(reviewer.hasRole(Role.OFFICER) || reviewer.hasRole(Role.SUPERVISOR))) {
      throw ViolationRuleException.forbidden("violation.review.roleNotAllowed");
    }
    if (second != null) {
      throw ViolationRuleException.conflict("violation.review.complete");
    }
    Review review = new Review(reviewer.username(), decision);
    if (first == null) {
      return new Verification(review, null, null);
    }
    if (samePerson(first.reviewer(), reviewer.username())) {
      throw ViolationRuleException.conflict("violation.review.sameOfficer");
    }
    return new Verification(first, review, null);
  }

  /**
   * A supervisor's decision on a disputed verification; it is final.
   *
   * @throws ViolationRuleException {@code violation.review.notDisputed} (409) unless disputed;
   *     {@code violation.review.supervisorRequired} (403) for a caller who is not a supervisor;
   *     {@code violation.review.supervisorWasReviewer} (409) when the supervisor was one of the two
   *     reviewers
   */
  public Verification resolve(Caller supervisorCaller, ReviewDecision decision) {
    if (outcome() != CaseState.DISPUTED) {
      throw ViolationRuleException.conflict("violation.review.notDisputed");
    }
    if (!isPerson(supervisorCaller) || !supervisorCaller.hasRole(Role.SUPERVISOR)) {
      throw ViolationRuleException.forbidden("violation.review.supervisorRequired");
    }
    if (wasReviewer(supervisorCaller.username())) {
      throw ViolationRuleException.conflict("violation.review.supervisorWasReviewer");
    }
    return new Verification(first, second, new Review(supervisorCaller.username(), decision));
  }

  /**
   * {@link CaseState#IN_REVIEW} until both reviews are in; then {@link CaseState#VERIFIED} or
   * {@link CaseState#REJECTED} when they agree, {@link CaseState#DISPUTED} when they do not, and
   * the supervisor's verdict once he has resolved a dispute.
   */
  public CaseState outcome() {
    if (supervisor != null) {
      return stateOf(supervisor.decision());
    }
    if (second == null) {
      return CaseState.IN_REVIEW;
    }
    if (first.decision().agreesWith(second.decision())) {
      return stateOf(first.decision());
    }
    return CaseState.DISPUTED;
  }

  /**
   * The decision that settled the case (the supervisor's, else the agreed first one); empty while
   * in review or disputed. Its plate and type are the case's when verified.
   */
  public Optional<ReviewDecision> settledDecision() {
    CaseState outcome = outcome();
    if (outcome == CaseState.IN_REVIEW || outcome == CaseState.DISPUTED) {
      return Optional.empty();
    }
    return Optional.of(supervisor != null ? supervisor.decision() : first.decision());
  }

  /** The verified plate, normalised; empty unless verified. */
  public Optional<String> verifiedPlate() {
    return settledDecision()
        .filter(ReviewDecision::confirms)
        .map(d -> PlateNumber.normalise(d.plate()));
  }

  /** The verified violation type; empty unless verified. */
  public Optional<EventType> verifiedType() {
    return settledDecision().filter(ReviewDecision::confirms).map(ReviewDecision::violationType);
  }

  /**
   * The reasons given for rejecting, in order and without repeats (both reviewers' when they agreed
   * to reject, the supervisor's when he rejected); empty unless rejected.
   */
  public List<String> rejectionReasons() {
    if (outcome() != CaseState.REJECTED) {
      return List.of();
    }
    List<Review> deciding = supervisor != null ? List.of(supervisor) : List.of(first, second);
    List<String> reasons = new ArrayList<>();
    for (Review review : deciding) {
      if (!reasons.contains(review.decision().reason())) {
        reasons.add(review.decision().reason());
      }
    }
    return reasons;
  }

  /**
   * What this caller may see, which is what keeps the review blind: until both reviews are in, a
   * reviewer sees only his own decision and nobody else sees any; afterwards the two reviewers and
   * supervisors see all of them.
   */
  public List<Review> reviewsVisibleTo(Caller caller) {
    List<Review> all = new ArrayList<>();
    for (Review review : new Review[] {first, second, supervisor}) {
      if (review != null) {
        all.add(review);
      }
    }
    if (!isPerson(caller)) {
      return List.of();
    }
    boolean reviewer = wasReviewer(caller.username());
    if (second == null) {
      return all.stream().filter(r -> samePerson(r.reviewer(), caller.username())).toList();
    }
    return reviewer || caller.hasRole(Role.SUPERVISOR) ? List.copyOf(all) : List.of();
  }

  /** True when this caller may record the next blind review now. */
  public boolean awaitsReviewFrom(Caller caller) {
    return isPerson(caller)
        && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.SUPERVISOR))
        && second == null
        && (first == null || !samePerson(first.reviewer(), caller.username()));
  }

  private boolean wasReviewer(String username) {
    return (first != null && samePerson(first.reviewer(), username))
        || (second != null && samePerson(second.reviewer(), username));
  }

  // Keycloak usernames are case-insensitive; "NguyenVanA" and "nguyenvana" are one officer.
  private static boolean samePerson(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean isPerson(Caller caller) {
    return caller != null && caller.kind() == Caller.Kind.USER && caller.username() != null;
  }

  private static CaseState stateOf(ReviewDecision decision) {
    return decision.confirms() ? CaseState.VERIFIED : CaseState.REJECTED;
  }
}
