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
