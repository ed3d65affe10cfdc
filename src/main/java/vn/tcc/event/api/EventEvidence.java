package vn.tcc.event.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.security.Caller;

/**
 * The evidence of accepted events, for the modules that show it (violation cases): the files
 * captured for an event, their bytes (checked against the SHA-256 taken at capture on every read),
 * and asking for a capture from the VMS. Every method checks the caller's role and jurisdiction and
 * puts the look on the audit trail.
 */
public interface EventEvidence {
  /** What was captured for the event, oldest first, and where the capture stands. */
  EvidenceOverview of(Caller caller, long eventId);

  /**
   * The file's bytes if the caller may see an event it belongs to; empty when there is none.
   *
   * @throws EvidenceTampered when the bytes no longer hash to the recorded SHA-256
   */
  Optional<EvidenceContent> content(Caller caller, String sha256, String purpose);

  /**
   * The same, with the purpose from sharing's closed list named apart from the free text (a shared
   * camera's data is read only for a purpose its agreement or a compulsory grant names); null (and
   * the three-argument form) takes it from the start of the text ("SECURITY_AND_ORDER: ...").
   *
   * @throws vn.tcc.shared.error.ProblemException 403 when a shared camera's agreement does not
   *     cover this read (the refusal is audited with its reason)
   */
  Optional<EvidenceContent> content(
      Caller caller, String sha256, String purpose, String purposeCode);

  /** Queues (again, if it failed) the capture of the event's snapshot and clip from its VMS. */
  void requestCapture(Caller caller, long eventId);

  /** One stored file tied to an event. */
  record EvidenceItem(
      String sha256,
      String kind,
      String mediaType,
      long sizeBytes,
      Instant capturedAt,
      String capturedBy,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms) {}

  /** Where the capture from the VMS stands: PENDING, DONE, FAILED, SKIPPED, or NONE if never. */
  record CaptureStatus(String state, int attempts, String outcome, Instant nextTryAt) {
    public static final CaptureStatus NONE = new CaptureStatus("NONE", 0, null, null);
  }

  record EvidenceOverview(long eventId, List<EvidenceItem> items, CaptureStatus capture) {
    public EvidenceOverview {
      items = List.copyOf(items);
    }
  }

  record EvidenceContent(String sha256, String mediaType, byte[] bytes) {}
}
