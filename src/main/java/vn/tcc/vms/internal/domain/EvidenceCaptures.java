package vn.tcc.vms.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EvidenceCaptureQueue;

/** The queue of evidence captures from the VMS: which events wait, which were done or failed. */
public interface EvidenceCaptures extends EvidenceCaptureQueue {
  /** A capture a worker took: the event and which attempt this is. */
  record ClaimedCapture(long eventId, int attempt) {}

  /** One event whose evidence is to be fetched, with what the capture needs of it. */
  record CaptureTask(
      long eventId,
      int attempt,
      String cameraCode,
      Instant occurredAt,
      String eventType,
      List<EventImage> images) {}

  /** Queues captures for these events; events already queued or captured are left as they are. */
  void request(Collection<Long> eventIds, String requestedBy);

  /**
   * Takes up to {@code limit} due captures for this worker: each is hidden from other workers for
   * {@code lease} (a worker that dies mid-capture leaves it to be taken again) and counts an
   * attempt.
   */
  List<ClaimedCapture> claimDue(int limit, Duration lease);

  void finish(long eventId, String state, String outcome);

  void retryLater(long eventId, String outcome, Duration delay);
}
