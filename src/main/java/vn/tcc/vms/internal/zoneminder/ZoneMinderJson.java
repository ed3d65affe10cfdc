package vn.tcc.vms.internal.zoneminder;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsEvent;

/** ZoneMinder's JSON (numbers often as strings) read into the port's records. */
final class ZoneMinderJson {
  private static final DateTimeFormatter ZM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ZoneMinderJson() {}

  static VmsCamera camera(JsonObject monitor) {
    return new VmsCamera(
        ZoneMinderAdapter.text(monitor, "Id"),
        ZoneMinderAdapter.text(monitor, "Name"),
        "1".equals(ZoneMinderAdapter.text(monitor, "Enabled")),
        withoutCredentials(ZoneMinderAdapter.text(monitor, "Path")),
        integer(ZoneMinderAdapter.text(monitor, "Width")),
        integer(ZoneMinderAdapter.text(monitor, "Height")));
  }

  /**
   * Connected and capturing frames: online; connected but capturing under half the rate the monitor
   * is configured for: degraded; not capturing, capture daemon down or disabled: offline. (After
   * its source stops, ZoneMinder moves a monitor from Connected to Running with 0 fps.)
   */
  static VmsCameraStatus status(JsonObject item) {
    JsonObject monitor = item.getJsonObject("Monitor");
    String id = ZoneMinderAdapter.text(monitor, "Id");
    JsonObject status =
        item.containsKey("Monitor_Status")
                && item.get("Monitor_Status").getValueType()
                    == jakarta.json.JsonValue.ValueType.OBJECT
            ? item.getJsonObject("Monitor_Status")
            : null;
    String words = status == null ? null : ZoneMinderAdapter.text(status, "Status");
    Double fps = status == null ? null : decimal(ZoneMinderAdapter.text(status, "CaptureFPS"));
    Double expected = decimal(ZoneMinderAdapter.text(monitor, "MaxFPS"));
    VmsCameraState state =
        state("1".equals(ZoneMinderAdapter.text(monitor, "Enabled")), words, fps, expected);
    return new VmsCameraStatus(id, state, null, fps, words == null ? "no status" : words);
  }

  static VmsCameraState state(boolean enabled, String words, Double fps, Double expectedFps) {
    if (!enabled || words == null || "NotRunning".equals(words)) {
      return VmsCameraState.OFFLINE;
    }
    if (!"Connected".equals(words) || fps == null || fps <= 0) {
      return VmsCameraState.OFFLINE;
    }
    if (expectedFps != null && expectedFps > 0 && fps < expectedFps / 2) {
      return VmsCameraState.DEGRADED;
    }
    return VmsCameraState.ONLINE;
  }

  static VmsEvent event(JsonObject event, ZoneId zone) {
    String notes = ZoneMinderAdapter.text(event, "Notes");
    return new VmsEvent(
        ZoneMinderAdapter.text(event, "Id"),
        ZoneMinderAdapter.text(event, "MonitorId"),
        time(ZoneMinderAdapter.text(event, "StartDateTime"), zone),
        time(ZoneMinderAdapter.text(event, "EndDateTime"), zone),
        ZoneMinderAdapter.text(event, "Cause"),
        notes,
        attributes(notes),
        "1".equals(ZoneMinderAdapter.text(event, "Archived")));
  }

  /**
   * "plate=34ABC123 speed=92/70" (possibly after other words) as plate → 34ABC123, speed → 92/70.
   */
  static Map<String, String> attributes(String notes) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (notes == null) {
      return attributes;
    }
    for (String token : notes.split("[\\s,;]+")) {
      int equals = token.indexOf('=');
      if (equals > 0 && equals < token.length() - 1) {
        attributes.put(token.substring(0, equals), token.substring(equals + 1));
      }
    }
    return attributes;
  }

  static Instant time(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return LocalDateTime.parse(text.strip(), ZM_TIME).atZone(zone).toInstant();
  }

  private static String withoutCredentials(String path) {
    return path == null ? null : path.replaceFirst("//[^/@]*@", "//");
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double decimal(String text) {
    try {
      return text == null ? null : Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
