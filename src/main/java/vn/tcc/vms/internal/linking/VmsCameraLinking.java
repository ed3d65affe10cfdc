package vn.tcc.vms.internal.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraVmsLinks;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.connection.VmsConnectionService;
import vn.tcc.vms.internal.domain.VmsConnection;

/**
 * An admin links the cameras of a VMS to registry cameras: lists the VMS's cameras beside the
 * registry (linked, suggested by matching code, unlinked on either side) and links one after
 * checking the VMS really has it.
 */
@ApplicationScoped
public class VmsCameraLinking {
  @Inject VmsConnectionService connections;
  @Inject VmsAdapters adapters;
  @Inject CameraDirectory cameras;
  @Inject CameraVmsLinks links;

  public LinkOverview overview(Caller caller, String vmsCode) {
    VmsConnection connection = connections.get(caller, vmsCode);
    List<VmsCamera> vmsCameras = vmsCameras(connection);
    Map<String, String> linked = new HashMap<>();
    for (CameraHealthState camera : cameras.linkedTo(vmsCode)) {
      linked.put(camera.vmsExternalId(), camera.code());
    }
    List<CameraReference> unlinked = cameras.unlinked(caller.jurisdiction());
    Map<String, CameraReference> unlinkedByCode = new HashMap<>();
    unlinked.forEach(camera -> unlinkedByCode.put(camera.code(), camera));
    List<VmsCameraRow> rows = new ArrayList<>();
    for (VmsCamera camera : vmsCameras) {
      String linkedCode = linked.get(camera.externalId());
      CameraReference suggestion =
          linkedCode == null && camera.name() != null
              ? unlinkedByCode.get(camera.name().strip().toUpperCase(Locale.ROOT))
              : null;
      rows.add(
          new VmsCameraRow(
              camera.externalId(),
              camera.name(),
              camera.enabled(),
              camera.streamUri(),
              linkedCode,
              suggestion == null ? null : suggestion.code()));
    }
    return new LinkOverview(vmsCode, rows, unlinked);
  }

  public void link(
      Caller caller, String vmsCode, String externalId, String cameraCode, String reason) {
    VmsConnection connection = connections.get(caller, vmsCode);
    try {
      adapters.of(connection).camera(externalId).orElseThrow(() -> new VmsNotFound(externalId));
    } catch (VmsNotFound e) {
      throw new ProblemException(422, "vms.error.camera.unknown", externalId, vmsCode);
    } catch (VmsUnavailable e) {
      throw new ProblemException(503, "vms.error.unavailable", vmsCode);
    }
    links.link(caller, cameraCode, vmsCode, externalId, reason);
  }

  public void unlink(Caller caller, String cameraCode, String reason) {
    links.unlink(caller, cameraCode, reason);
  }

  private List<VmsCamera> vmsCameras(VmsConnection connection) {
    try {
      return adapters.of(connection).cameras();
    } catch (VmsUnavailable e) {
      throw new ProblemException(503, "vms.error.unavailable", connection.code());
    }
  }
}
