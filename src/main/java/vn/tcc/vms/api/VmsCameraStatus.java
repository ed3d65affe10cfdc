package vn.tcc.vms.api;

import java.time.Instant;

/**
 * One camera's status: its state, when the VMS last had a frame from it (null when it cannot say),
 * the frame rate it captures at now, and the VMS's own words for the state (for the admin page).
 */
public record VmsCameraStatus(
    String externalId, VmsCameraState state, Instant lastSeen, Double frameRate, String detail) {

  public static VmsCameraStatus unknown(String externalId, String detail) {
    return new VmsCameraStatus(externalId, VmsCameraState.UNKNOWN, null, null, detail);
  }
}
