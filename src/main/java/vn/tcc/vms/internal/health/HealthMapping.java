package vn.tcc.vms.internal.health;

import vn.tcc.camera.api.CameraHealth;
import vn.tcc.vms.api.VmsCameraStatus;

/** A VMS's answer for a camera as the registry's health; no answer at all is "unknown". */
public final class HealthMapping {
  private HealthMapping() {}

  public static CameraHealth of(VmsCameraStatus status) {
    if (status == null) {
      return CameraHealth.UNKNOWN;
    }
    return CameraHealth.valueOf(status.state().name()); // the same four words on both sides
  }
}
