package vn.tcc.camera.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry as other modules see it: look cameras up by code (many at once, for event batches)
 * and tell the registry when a camera last sent an event.
 */
public interface CameraDirectory {

  /** The registered cameras among these codes, by code; unknown codes are simply absent. */
  Map<String, CameraReference> byCodes(Collection<String> codes);

  /**
   * The owner type and keeping center of the registered cameras among these codes, by code; unknown
   * codes are simply absent.
   */
  Map<String, CameraCustody> custodyOf(Collection<String> codes);

  /** Cameras inside the scope that no VMS camera is linked to, by code. */
  List<CameraReference> unlinked(vn.tcc.shared.jurisdiction.JurisdictionCode scope);

  /** Every camera linked to this VMS connection, with its current health. */
  List<CameraHealthState> linkedTo(String vmsCode);

  /**
   * Records what a poll saw: a camera whose health changed gets a transition at {@code at}; every
   * camera's "last seen" moves on. Returns the codes whose health changed.
   */
  List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at);

  /** Moves each camera's "last event" forward to the given time (never backwards). */
  void recordLatestEvents(Map<String, Instant> latestByCode);
}
