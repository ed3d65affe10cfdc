package vn.tcc.vms.internal.retention;

import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.DeletionOutcome.Result;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;

/**
 * A recording deleted through its VMS, and the VMS's answer as retention records it: a refusal is
 * an answer to record (LOCKED: under the VMS's evidence lock; UNSUPPORTED: this VMS cannot delete),
 * never a silent skip; a VMS that does not answer is FAILED, and the next run tries again.
 */
final class RecordingDeletions {
  private RecordingDeletions() {}

  static DeletionOutcome delete(String itemId, VmsAdapter vms, String recordingId) {
    if (!vms.can(VmsCapability.DELETE)) {
      return new DeletionOutcome(
          itemId, Result.UNSUPPORTED, vms.product() + " cannot delete recordings");
    }
    try {
      return outcome(itemId, vms.delete(recordingId));
    } catch (VmsNotFound gone) {
      return DeletionOutcome.alreadyGone(itemId);
    } catch (VmsUnsupportedOperation unsupported) {
      return new DeletionOutcome(itemId, Result.UNSUPPORTED, unsupported.getMessage());
    } catch (VmsUnavailable | IllegalArgumentException failed) {
      return new DeletionOutcome(itemId, Result.FAILED, failed.getMessage());
    }
  }

  static DeletionOutcome outcome(String itemId, VmsDeletion answer) {
    return switch (answer) {
      case DELETED -> DeletionOutcome.deleted(itemId);
      case NOT_FOUND -> DeletionOutcome.alreadyGone(itemId);
      case LOCKED ->
          new DeletionOutcome(itemId, Result.LOCKED, "Under the VMS's evidence lock (archived)");
      case UNSUPPORTED ->
          new DeletionOutcome(itemId, Result.UNSUPPORTED, "The VMS cannot delete this recording");
    };
  }
}
