package vn.tcc.camera.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The registry as other modules see it: look cameras up by code (many at once, for event batches)
 * and tell the registry when a camera last sent an event.
 */
public interface CameraDirectory {

  /** The registered cameras among these codes, by code; unknown codes are simply absent. */
  Map<String, CameraReference> byCodes(Collection<String> codes);

  /** Moves each camera's "last event" forward to the given time (never backwards). */
  void recordLatestEvents(Map<String, Instant> latestByCode);
}
