package vn.tcc.vms.internal.linking;

import java.util.List;
import vn.tcc.camera.api.CameraReference;

/** Both sides of the linking page: the VMS's cameras, and the registry's unlinked cameras. */
public record LinkOverview(
    String vmsCode, List<VmsCameraRow> vmsCameras, List<CameraReference> unlinkedRegistryCameras) {
  public LinkOverview {
    vmsCameras = List.copyOf(vmsCameras);
    unlinkedRegistryCameras = List.copyOf(unlinkedRegistryCameras);
  }

  public long unlinkedVmsCameras() {
    return vmsCameras.stream().filter(row -> !row.linked()).count();
  }
}
