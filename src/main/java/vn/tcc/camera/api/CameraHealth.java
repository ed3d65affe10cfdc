package vn.tcc.camera.api;

/** Live health as the VMS reports it; unknown until a VMS has answered for the camera. */
public enum CameraHealth {
  ONLINE,
  OFFLINE,
  DEGRADED,
  UNKNOWN
}
