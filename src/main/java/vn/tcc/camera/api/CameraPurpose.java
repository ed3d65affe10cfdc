package vn.tcc.camera.api;

/** What a camera is there for; a camera may serve several purposes. */
public enum CameraPurpose {
  OBSERVATION,
  RED_LIGHT,
  SPEED,
  LANE,
  WRONG_WAY,
  HELMET,
  PLATE_RECOGNITION,
  TRAFFIC_COUNTING;

  /**
   * Violation detection: the camera's output becomes evidence for a penalty, so it must conform to
   * QCVN 05:2024/BCA and be registered with the Ministry (Circular 67/2024) before use.
   */
  public boolean detectsViolations() {
    return switch (this) {
      case RED_LIGHT, SPEED, LANE, WRONG_WAY, HELMET -> true;
      default -> false;
    };
  }

  /** Anything but plain observation needs video analysis, built in or on a device upstream. */
  public boolean needsAnalysis() {
    return this != OBSERVATION;
  }
}
