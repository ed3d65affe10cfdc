package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsCameraStatus;

class ZoneMinderStatusTest {

  /** Monitor id → status, from one recorded monitors.json. */
  private static Map<String, VmsCameraStatus> statuses(String fixture) {
    Map<String, VmsCameraStatus> statuses = new LinkedHashMap<>();
    for (JsonObject entry :
        Fixtures.json(fixture).getJsonArray("monitors").getValuesAs(JsonObject.class)) {
      VmsCameraStatus status = ZoneMinderStatus.of(entry);
      statuses.put(status.externalId(), status);
    }
    return statuses;
  }

  @Test
  void connected_monitors_capturing_at_their_rate_are_online() {
    Map<String, VmsCameraStatus> statuses = statuses("monitors.json");

    assertEquals(VmsCameraState.ONLINE, statuses.get("1").state());
    assertEquals(VmsCameraState.ONLINE, statuses.get("2").state());
    assertEquals(5.0, statuses.get("1").frameRate(), 0.1);
    assertNull(statuses.get("1").lastSeen());
    assertTrue(statuses.get("1").detail().startsWith("Connected, "), statuses.get("1").detail());
  }

  @Test
  void a_camera_whose_source_stopped_is_offline_and_so_are_disabled_or_idle_monitors() {
    // Recorded 40 s after the ffmpeg source of monitor 2 stopped, with three test monitors:
    // 3 disabled (still capturing), 4 Function None (no status row), 5 a source that never existed.
    Map<String, VmsCameraStatus> statuses = statuses("monitors-camera-stopped.json");

    assertEquals(VmsCameraState.ONLINE, statuses.get("1").state());
    assertEquals(VmsCameraState.OFFLINE, statuses.get("2").state());
    assertEquals("Running, 0.00 fps", statuses.get("2").detail());
    assertEquals(0.0, statuses.get("2").frameRate());
    assertEquals(VmsCameraState.OFFLINE, statuses.get("3").state());
    assertEquals("Disabled (records nothing); Connected, 5.02 fps", statuses.get("3").detail());
    assertEquals(VmsCameraState.OFFLINE, statuses.get("4").state());
    assertEquals(
        "Function None (not captured); no status (capture daemon not running)",
        statuses.get("4").detail());
    assertEquals(VmsCameraState.OFFLINE, statuses.get("5").state());
  }

  @Test
  void a_camera_just_reconnected_without_frames_counted_is_degraded() {
    // Recorded right after the source of monitor 2 came back: Connected, 0.00 fps.
    Map<String, VmsCameraStatus> statuses = statuses("monitors-reconnecting.json");

    assertEquals(VmsCameraState.DEGRADED, statuses.get("2").state());
    assertEquals("Connected, 0.00 fps", statuses.get("2").detail());
  }

  @Test
  void below_half_the_configured_max_fps_is_degraded() {
    assertEquals(state("Connected", "4.00", 10.0), VmsCameraState.DEGRADED);
    assertEquals(state("Connected", "5.00", 10.0), VmsCameraState.ONLINE);
    assertEquals(state("Connected", "12.00", 10.0), VmsCameraState.ONLINE);
  }

  @Test
  void without_max_fps_below_one_frame_a_second_is_degraded() {
    assertEquals(state("Connected", "0.24", null), VmsCameraState.DEGRADED);
    assertEquals(state("Connected", "1.00", null), VmsCameraState.ONLINE);
    assertEquals(state("Connected", "1.00", 0.0), VmsCameraState.ONLINE);
    assertEquals(state("Signal", "5.00", null), VmsCameraState.ONLINE);
  }

  @Test
  void not_running_unknown_or_running_without_connection_are_offline() {
    assertEquals(state("NotRunning", "0.00", null), VmsCameraState.OFFLINE);
    assertEquals(state("Unknown", "0.00", null), VmsCameraState.OFFLINE);
    assertEquals(state("Running", "0.00", null), VmsCameraState.OFFLINE);
    assertEquals(state(null, null, null), VmsCameraState.OFFLINE);
  }

  private static VmsCameraState state(String status, String fps, Double maxFps) {
    return ZoneMinderStatus.of("7", true, "Nodect", status, fps, maxFps).state();
  }
}
