package vn.tcc.camera.api;

/** Where a camera is in its life, from planned to decommissioned. */
public enum CameraStatus {
  PLANNED,
  INSTALLED,
  OPERATIONAL,
  MAINTENANCE,
  DECOMMISSIONED
}
