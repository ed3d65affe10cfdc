package vn.tcc.violation.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What this module keeps, as retention lists and erases it: closed and rejected cases, the owners
 * the population database named, appeal documents, and which case holds an event. Lists run in a
 * stable order and continue after a position; changes join the caller's transaction and say what
 * they changed, so the caller can tell an erasure from an item already erased.
 *
 * <p>A case is erased, not removed ({@code erased_at}, V15): what identifies a person goes, what
 * the statistics and the audit trail need stays.
 */
public interface CaseRetentionStore {

  /** Where a list continues: after this instant and, at the same instant, after this id. */
  record Position(Instant at, long id) {}

  /**
   * A closed or rejected case not yet erased.
   *
   * @param endedAt its closure (closed) or rejection (rejected)
   * @param documentBytes the bytes of its notice documents
   */
  record EndedCase(
      long id,
      String caseNumber,
      String cameraCode,
      JurisdictionCode jurisdiction,
      Instant occurredAt,
      Instant lastDetectedAt,
      Instant endedAt,
      long documentBytes) {}

  /** The owner the population database named for a closed case. */
  record OwnerAnswer(
      long caseId,
      String caseNumber,
      String cameraCode,
      JurisdictionCode jurisdiction,
      Instant closedAt,
      long answerBytes) {}

  /** A document of the appeal of a closed case. */
  record AppealDocument(
      long id,
      String caseNumber,
      String cameraCode,
      JurisdictionCode jurisdiction,
      Instant closedAt,
      String mediaType,
      String sha256,
      long sizeBytes) {}

  /** The case an event belongs to, and its state. */
  record EventCase(
      long eventId, String caseNumber, String state, String escalatedFrom, Instant closedAt) {}

  List<EndedCase> closedCases(Instant closedBefore, Position after, int limit);

  /** Rejected cases in id order (the rejection time is read from the timeline). */
  List<EndedCase> rejectedCases(Instant rejectedBefore, Long afterId, int limit);

  /**
   * Erases the cases with these numbers that are in {@code state} and not erased yet: their plates,
   * owner, notice, appeal grounds and documents, review plates and timeline reasons. Returns the
   * numbers it erased.
   */
  Set<String> erase(Collection<String> caseNumbers, String state);

  /** The accepted events behind the cases with these numbers (their detections). */
  List<Long> eventsOf(Collection<String> caseNumbers);

  List<OwnerAnswer> ownerAnswers(Instant closedBefore, Position after, int limit);

  /**
   * Removes the owner answers of these cases ({@code violation.case_owner}); the access records in
   * {@code violation.identity_request} (who asked, why, the center's access id) stay for the audit.
   * Returns the case numbers whose answer it removed.
   */
  Set<String> eraseOwnerAnswers(Collection<String> caseNumbers);

  List<AppealDocument> appealDocuments(Instant closedBefore, Position after, int limit);

  /** Deletes these appeal documents; returns the ids it deleted. */
  Set<Long> deleteAppealDocuments(Collection<Long> ids);

  List<EventCase> casesOfEvents(Collection<Long> eventIds);

  List<CameraVolume> endedCaseVolumes(String state);

  List<CameraVolume> ownerAnswerVolumes();

  List<CameraVolume> appealDocumentVolumes();
}
