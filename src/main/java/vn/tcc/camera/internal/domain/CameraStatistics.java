package vn.tcc.camera.internal.domain;

import java.util.Map;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraStatus;

/** Counts for the dashboard tiles, within one jurisdiction. */
public record CameraStatistics(
    long total,
    Map<CameraStatus, Long> byStatus,
    Map<CameraHealth, Long> byHealth,
    long conformityExpired,
    long conformityExpiring) {

  public long status(CameraStatus status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public long health(CameraHealth health) {
    return byHealth.getOrDefault(health, 0L);
  }
}
