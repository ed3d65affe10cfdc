package vn.tcc.camera.api;

import java.util.List;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/** Who may do what in the registry. Jurisdiction is checked on each object besides. */
public final class CameraPermissions {
  /** Commune officers edit their commune's cameras; supervisors and admins those in their scope. */
  public static final List<String> CAMERA_EDITORS =
      List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN);

  /** Sites and owners are reference data: administrators manage them. */
  public static final List<String> REGISTRY_ADMINS = List.of(Role.ADMIN);

  private CameraPermissions() {}

  public static boolean mayEditCameras(Caller caller) {
    return caller.hasAnyRole(CAMERA_EDITORS) && caller.jurisdiction() != null;
  }

  public static boolean mayManageRegistry(Caller caller) {
    return caller.hasAnyRole(REGISTRY_ADMINS) && caller.jurisdiction() != null;
  }
}
