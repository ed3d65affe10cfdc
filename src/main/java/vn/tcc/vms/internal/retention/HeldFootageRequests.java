package vn.tcc.vms.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.retention.api.HoldPlaced;
import vn.tcc.vms.internal.domain.FootageLocks;

/**
 * A legal hold on a camera's footage queues the lock of its recordings in the VMS. Observed in the
 * transaction that places the hold (not after it succeeds): the queue row then commits with the
 * hold or not at all, so a crash between the two cannot leave a hold whose recordings are never
 * locked, the same reasoning as the event outbox. The VMS is called later, by {@link
 * FootageLocker}, never while the hold's transaction is open.
 */
@ApplicationScoped
public class HeldFootageRequests {
  @Inject FootageLocks locks;

  @Transactional
  void onHoldPlaced(@Observes HoldPlaced hold) {
    if (hold.isOnCameraFootage()) {
      locks.request(
          hold.holdId(),
          hold.decisionNumber(),
          hold.cameraCode(),
          hold.cameraFrom(),
          hold.cameraTo());
    }
  }
}
