package vn.tcc.retention.api;

import java.time.Instant;
import java.util.List;

/**
 * Is this data under a legal hold today? Asked before anything is deleted or overwritten outside
 * the retention purge (an evidence lock released in the VMS, quarantine cleared, shared data
 * destroyed when an agreement ends): held data is never deleted.
 */
public interface RetentionHolds {

  /** The holds in force today on the case with this number; empty when none. */
  List<HoldReference> onCase(String caseNumber);

  /** The holds in force today on this camera over a range overlapping from..to (both included). */
  List<HoldReference> onCameraFootage(String cameraCode, Instant from, Instant to);

  /** The holds in force today on the data received under this sharing agreement. */
  List<HoldReference> onAgreement(String agreementId);

  default boolean isCaseHeld(String caseNumber) {
    return !onCase(caseNumber).isEmpty();
  }

  default boolean isCameraFootageHeld(String cameraCode, Instant from, Instant to) {
    return !onCameraFootage(cameraCode, from, to).isEmpty();
  }

  default boolean isAgreementHeld(String agreementId) {
    return !onAgreement(agreementId).isEmpty();
  }
}
