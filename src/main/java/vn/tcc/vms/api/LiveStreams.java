package vn.tcc.vms.api;

import vn.tcc.camera.api.CameraReference;

/**
 * Live video of a registry camera, fetched by TCC from the VMS it is linked to, so that no VMS
 * address or credential ever reaches a browser. The caller checks who may watch; this only opens.
 */
public interface LiveStreams {
  /** Frames per second asked of the VMS: enough to follow traffic, light on a wall of 16. */
  int MAX_FPS = 5;

  /**
   * Opens the camera's live MJPEG stream at {@code scalePercent} of its size (25–100).
   *
   * @throws VmsNotFound the camera is not linked to a VMS, or the VMS no longer knows it
   * @throws VmsUnavailable the VMS connection is missing, disabled or does not answer
   * @throws VmsUnsupportedOperation the VMS has no live stream
   */
  VmsLiveStream open(CameraReference camera, int scalePercent);

  /**
   * The camera's current picture, one JPEG from the VMS it is linked to (ZoneMinder's single
   * frame).
   *
   * @throws VmsNotFound the camera is not linked to a VMS, or the VMS no longer knows it
   * @throws VmsUnavailable the VMS connection is missing, disabled or does not answer
   */
  VmsMedia snapshot(CameraReference camera);

  /** How many live connections to VMSs are open now (every tile watching holds one). */
  int openUpstreams();
}
