package vn.tcc.violation.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.domain.ReviewDecision;
import vn.tcc.violation.internal.domain.Verification;

/** The review queue and the blind reviews given on cases. */
public interface CaseReviews {

  /**
   * Takes the oldest case in the scope that waits for a blind review this reviewer may give (not
   * one he reviewed first, not one another officer holds) and holds it for him for a while.
   *
   * @return the case's number
   */
  Optional<String> claimNext(JurisdictionCode scope, String reviewer, Duration hold);

  void releaseClaim(long caseId);

  /**
   * How many cases in the scope wait for a review this reviewer may give now (the cases {@link
   * #claimNext} would hand him one by one), counted up to {@code cap}.
   */
  long waitingFor(JurisdictionCode scope, String reviewer, int cap);

  /** Until when this reviewer holds the case, if he holds it now. */
  Optional<Instant> heldUntil(String caseNumber, String reviewer);

  /** The case's reviews, oldest first. */
  List<StoredReview> of(long caseId);

  void add(long caseId, StoredReview review);

  /** A review as stored, with its round: FIRST, SECOND or SUPERVISOR. */
  record StoredReview(
      String round, String reviewer, String reviewerName, ReviewDecision decision, Instant at) {}

  /** Where the blind verification stands after these reviews. */
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
}
