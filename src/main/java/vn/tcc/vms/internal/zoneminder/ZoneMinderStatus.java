package vn.tcc.vms.internal.zoneminder;

import jakarta.json.JsonObject;
import java.util.Locale;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsCameraStatus;

/**
 * A monitor's state from what ZoneMinder 1.36 says of it ({@code Monitor.Function}, {@code
 * Monitor.Enabled}, {@code Monitor_Status.Status} and {@code CaptureFPS}, {@code Monitor.MaxFPS}).
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>{@code Function=None} (ZM does not capture) or {@code Enabled=0} (ZM records nothing) →
 *       OFFLINE.
 *   <li>No status row, {@code Unknown} or {@code NotRunning} (the capture daemon zmc is not
 *       running) → OFFLINE.
 *   <li>{@code Running}: zmc runs but has no connection to the camera (ZM reports it about 20 s
 *       after the source stops, with CaptureFPS 0) → OFFLINE.
 *   <li>{@code Connected} (or {@code Signal}) with CaptureFPS 0 or missing: connected, but ZM
 *       counts no frames (seen for up to a minute after a camera comes back) → DEGRADED.
 *   <li>{@code Connected} with CaptureFPS below {@value #DEGRADED_SHARE} of the expected rate →
 *       DEGRADED. The expected rate is the monitor's MaxFPS when one is set; ZM does not know a
 *       camera's native rate otherwise, so without MaxFPS the bar is {@value #MIN_USEFUL_FPS} fps.
 *   <li>Otherwise {@code Connected} → ONLINE.
 * </ol>
 *
 * <p>ZM 1.36 has no "last frame at" in its API, so {@code lastSeen} is null. The detail is ZM's own
 * words, e.g. "Connected, 5.00 fps".
 */
final class ZoneMinderStatus {
  /** A connected camera below this share of its expected frame rate is DEGRADED. */
  static final double DEGRADED_SHARE = 0.5;

  /** Without a configured rate, a connected camera below this many frames a second is DEGRADED. */
  static final double MIN_USEFUL_FPS = 1.0;

  private ZoneMinderStatus() {}

  /**
   * The status of one entry of {@code monitors.json} ({@code {"Monitor":…,"Monitor_Status":…}}).
   */
  static VmsCameraStatus of(JsonObject entry) {
    JsonObject monitor = entry.getJsonObject("Monitor");
    JsonObject status =
        entry.get("Monitor_Status") instanceof JsonObject s ? s : JsonObject.EMPTY_JSON_OBJECT;
    return of(
        ZoneMinderJson.text(monitor, "Id"),
        ZoneMinderJson.flag(monitor, "Enabled"),
        ZoneMinderJson.text(monitor, "Function"),
        ZoneMinderJson.text(status, "Status"),
        ZoneMinderJson.text(status, "CaptureFPS"),
        ZoneMinderJson.decimal(monitor, "MaxFPS"));
  }

  static VmsCameraStatus of(
      String id, boolean enabled, String function, String status, String fpsText, Double maxFps) {
    Double fps = parse(fpsText);
    String words = words(status, fpsText);
    if ("None".equalsIgnoreCase(function)) {
      return new VmsCameraStatus(
          id, VmsCameraState.OFFLINE, null, fps, "Function None (not captured); " + words);
    }
    if (!enabled) {
      return new VmsCameraStatus(
          id, VmsCameraState.OFFLINE, null, fps, "Disabled (records nothing); " + words);
    }
    String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "connected", "signal" -> {
        if (fps == null || fps <= 0) {
          yield new VmsCameraStatus(id, VmsCameraState.DEGRADED, null, fps, words);
        }
        double expected = maxFps != null && maxFps > 0 ? maxFps * DEGRADED_SHARE : MIN_USEFUL_FPS;
        VmsCameraState state = fps < expected ? VmsCameraState.DEGRADED : VmsCameraState.ONLINE;
        yield new VmsCameraStatus(id, state, null, fps, words);
      }
      default -> new VmsCameraStatus(id, VmsCameraState.OFFLINE, null, fps, words);
    };
  }

  private static String words(String status, String fpsText) {
    if (status == null || status.isBlank()) {
      return "no status (capture daemon not running)";
    }
    return fpsText == null ? status : status + ", " + fpsText + " fps";
  }

  private static Double parse(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(number.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
