package vn.tcc.vms.internal.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.EventEvidence.CaptureStatus;
import vn.tcc.vms.api.EventEvidence.EvidenceItem;
import vn.tcc.vms.api.EventImage;

/** The queue of captures from the VMS and the record of what each event's evidence is. */
public interface EvidenceCaptures {
  /** One event whose evidence is to be fetched, as the worker claimed it. */
  record CaptureTask(
      long eventId,
      int attempt,
      String cameraCode,
      Instant occurredAt,
      String eventType,
      List<EventImage> images) {}

  /** Where an event belongs, for access checks. */
  record EventPlace(long eventId, String cameraCode, JurisdictionCode jurisdiction) {}

  /** Queues captures for these events; events already queued or captured are left as they are. */
  void request(Collection<Long> eventIds, String requestedBy);

  /** Queues a capture, or queues it again if it failed or was skipped. */
  void requestAgain(long eventId, String requestedBy);

  /**
   * Takes up to {@code limit} due captures for this worker: each is hidden from other workers for
   * {@code lease} (a worker that dies mid-capture leaves it to be taken again) and counts an
   * attempt.
   */
  List<CaptureTask> claimDue(int limit, Duration lease);

  void finish(long eventId, String state, String outcome);

  void retryLater(long eventId, String outcome, Duration delay);

  /** Ties a stored file to the event (once; a later lock in the VMS is added to the record). */
  void link(
      long eventId,
      String sha256,
      String kind,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms);

  List<EvidenceItem> itemsOf(long eventId);

  CaptureStatus status(long eventId);

  Optional<EventPlace> place(long eventId);

  /** The events a stored file belongs to. */
  List<EventPlace> placesHolding(String sha256);
}
