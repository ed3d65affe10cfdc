package vn.tcc.vms.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The queue of evidence locks for footage under a legal hold: a camera's recordings over a time
 * range, to be locked in its VMS. Worked like the evidence capture queue: claimed with a lease,
 * retried later while the VMS is away.
 */
public interface FootageLocks {
  /** One hold's footage to lock, and which attempt this is. */
  record FootageLockTask(
      long holdId,
      String decisionNumber,
      String cameraCode,
      Instant from,
      Instant to,
      int attempt,
      int lockedSoFar) {}

  /** Queues the hold's footage; a hold already queued is left as it is. */
  void request(long holdId, String decisionNumber, String cameraCode, Instant from, Instant to);

  /** Takes up to {@code limit} due tasks, hidden from other workers for {@code lease}. */
  List<FootageLockTask> claimDue(int limit, Duration lease);

  void finish(long holdId, String state, int lockedRecordings, String outcome);

  void retryLater(long holdId, int lockedRecordings, String outcome, Duration delay);
}
