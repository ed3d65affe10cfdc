package vn.tcc.camera.api;

import vn.tcc.shared.security.Caller;

/**
 * Linking registry cameras to the cameras of a VMS: an admin's change of the registry, kept in its
 * history and audited. A VMS camera is linked to at most one registry camera.
 */
public interface CameraVmsLinks {
  void link(Caller caller, String cameraCode, String vmsCode, String externalId, String reason);

  void unlink(Caller caller, String cameraCode, String reason);
}
