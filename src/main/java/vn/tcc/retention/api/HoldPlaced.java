package vn.tcc.retention.api;

import java.time.Instant;

/**
 * A legal hold was placed: a CDI event fired in the transaction that stores the hold, so the
 * modules that keep the held data can protect it where they keep it (the VMS locks the recordings
 * of a held camera range with its evidence lock). Exactly one scope is set: a case, a camera over a
 * time range (both ends included), or a sharing agreement.
 */
public record HoldPlaced(
    long holdId,
    String decisionNumber,
    String caseNumber,
    String cameraCode,
    Instant cameraFrom,
    Instant cameraTo,
    String agreementId) {

  public HoldPlaced {
    int scopes =
        (caseNumber != null ? 1 : 0) + (cameraCode != null ? 1 : 0) + (agreementId != null ? 1 : 0);
    if (scopes != 1) {
      throw new IllegalArgumentException("A hold has exactly one scope: " + holdId);
    }
    if (cameraCode != null
        && (cameraFrom == null || cameraTo == null || cameraFrom.isAfter(cameraTo))) {
      throw new IllegalArgumentException("A camera hold covers a range from a time to a later one");
    }
    if (cameraCode == null && (cameraFrom != null || cameraTo != null)) {
      throw new IllegalArgumentException("Only a camera hold has a time range");
    }
  }

  public static HoldPlaced onCase(long holdId, String decisionNumber, String caseNumber) {
    return new HoldPlaced(holdId, decisionNumber, caseNumber, null, null, null, null);
  }

  public static HoldPlaced onCameraFootage(
      long holdId, String decisionNumber, String cameraCode, Instant from, Instant to) {
    return new HoldPlaced(holdId, decisionNumber, null, cameraCode, from, to, null);
  }

  public static HoldPlaced onAgreement(long holdId, String decisionNumber, String agreementId) {
    return new HoldPlaced(holdId, decisionNumber, null, null, null, null, agreementId);
  }

  public boolean isOnCameraFootage() {
    return cameraCode != null;
  }
}
