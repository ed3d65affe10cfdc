package vn.tcc.camera.internal.domain;

/** The columns the camera list can be sorted by. */
public enum CameraSort {
  CODE,
  NAME,
  COMMUNE,
  STATUS,
  HEALTH,
  CERTIFICATE_EXPIRY,
  UPDATED
}
