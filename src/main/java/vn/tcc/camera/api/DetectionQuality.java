package vn.tcc.camera.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How often a camera's detections turn out false when officers review them: the share of its
 * reviewed violation cases rejected as false detections. Provided by the module that reviews them
 * (violation cases); the registry shows it beside the camera's health.
 */
public interface DetectionQuality {

  /** The camera's rate; empty while none of its cases has been decided. */
  Optional<Rate> of(String cameraCode);

  /** Rejected as false among the decided (verified or rejected) cases. */
  record Rate(long falseDetections, long decided) {
    public String percent() {
      return String.format(
          Locale.ROOT, "%.1f", decided == 0 ? 0.0 : 100.0 * falseDetections / decided);
    }
  }
}
