package vn.tcc.violation.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.ReviewDecision;

/** Stored violation cases, their reviews, transitions and events. */
public interface CaseRepository {

  Optional<CaseRecord> byNumber(String number);

  /** The case, locked until the transaction ends: two officers deciding at once take turns. */
  Optional<CaseRecord> byNumberForUpdate(String number);

  /**
   * Takes the oldest case in the scope that waits for a blind review this reviewer may give (not
   * one he reviewed first, not one another officer holds) and holds it for him for a while.
   */
  Optional<CaseRecord> claimNextForReview(JurisdictionCode scope, String reviewer, Duration hold);

  List<StoredReview> reviews(long caseId);

  void addReview(long caseId, StoredReview review);

  /** Moves the case and writes the transition with who and why. */
  void move(
      CaseRecord record,
      CaseLifecycle to,
      String actor,
      String actorName,
      String reason,
      Instant at);

  void releaseClaim(long caseId);

  void markOwnerIdentified(long caseId, Instant at);

  /** The penalty decision: the fine within the rule's range, payment due on the date. */
  void decidePenalty(
      long caseId, long fineVnd, String decidedBy, Instant at, java.time.LocalDate paymentDue);

  /** A line on the timeline that does not move the case (e.g. the penalty decision). */
  void note(CaseRecord record, String actor, String actorName, String what, Instant at);

  void markPaidAndClosed(long caseId, Instant paidAt, Instant closedAt);

  void markClosed(long caseId, Instant at);

  void markNoticeIssued(long caseId, Instant at, java.time.LocalDate responseDue);

  void recordVerification(long caseId, String plate, String type, CaseRecord.Fine fine);

  List<Transition> transitions(long caseId);

  List<CaseEvent> events(long caseId);

  /** A review as stored, with its round: FIRST, SECOND or SUPERVISOR. */
  record StoredReview(
      String round, String reviewer, String reviewerName, ReviewDecision decision, Instant at) {}

  record Transition(
      String from, String to, String actor, String actorName, String reason, Instant at) {}

  record CaseEvent(long eventId, Instant occurredAt) {}
}
