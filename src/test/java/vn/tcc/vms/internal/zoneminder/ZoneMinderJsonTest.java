package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsEvent;

/** ZoneMinder 1.36.33's answers (recorded from the test peer, trimmed) read into the port. */
class ZoneMinderJsonTest {
  // monitors.json item as ZoneMinder 1.36.33 gives it: ids as numbers, fps as strings.
  private static final String CONNECTED =
      """
      {"Monitor":{"Id":1,"Name":"GL-QN-0001","Enabled":1,"Function":"Nodect",
        "Path":"rtsp://cam:secret@127.0.0.1:8554/cam1","Width":320,"Height":180,"MaxFPS":null},
       "Monitor_Status":{"MonitorId":1,"Status":"Connected","CaptureFPS":"5.00",
        "AnalysisFPS":"0.00","CaptureBandwidth":15524}}
      """;
  // About 25 s after its source stops, a monitor is "Running" with no frames.
  private static final String SOURCE_GONE =
      """
      {"Monitor":{"Id":"2","Name":"ZM-CAM-02","Enabled":"1","MaxFPS":null},
       "Monitor_Status":{"MonitorId":"2","Status":"Running","CaptureFPS":"0.00"}}
      """;
  private static final String EVENT =
      """
      {"Id":"4","MonitorId":"1","Name":"Event 4","Cause":"Speed",
       "StartDateTime":"2026-11-21 08:45:03","EndDateTime":"2026-11-21 08:45:24",
       "Notes":"Speed: plate=81A12345 speed=92/70 ","Archived":"0","Frames":"106"}
      """;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void a_connected_monitor_capturing_frames_is_online_and_its_credentials_are_not_kept() {
    VmsCameraStatus status = ZoneMinderJson.status(json(CONNECTED));
    assertEquals("1", status.externalId());
    assertEquals(VmsCameraState.ONLINE, status.state());
    assertEquals(5.0, status.frameRate());
    assertEquals("Connected", status.detail());
    VmsCamera camera = ZoneMinderJson.camera(json(CONNECTED).getJsonObject("Monitor"));
    assertEquals("GL-QN-0001", camera.name());
    assertTrue(camera.enabled());
    assertEquals("rtsp://127.0.0.1:8554/cam1", camera.streamUri());
  }

  @Test
  void a_monitor_without_frames_or_daemon_or_disabled_is_offline_and_a_slow_one_degraded() {
    assertEquals(VmsCameraState.OFFLINE, ZoneMinderJson.status(json(SOURCE_GONE)).state());
    assertEquals(VmsCameraState.OFFLINE, ZoneMinderJson.state(true, "NotRunning", null, null));
    assertEquals(VmsCameraState.OFFLINE, ZoneMinderJson.state(false, "Connected", 5.0, null));
    assertEquals(VmsCameraState.OFFLINE, ZoneMinderJson.state(true, null, null, null));
    assertEquals(VmsCameraState.DEGRADED, ZoneMinderJson.state(true, "Connected", 2.0, 10.0));
    assertEquals(VmsCameraState.ONLINE, ZoneMinderJson.state(true, "Connected", 6.0, 10.0));
  }

  @Test
  void an_event_reads_its_times_in_the_servers_zone_and_the_plate_from_its_notes() {
    VmsEvent event = ZoneMinderJson.event(json(EVENT), ZoneId.of("Asia/Ho_Chi_Minh"));
    assertEquals("4", event.eventId());
    assertEquals("1", event.cameraExternalId());
    assertEquals(Instant.parse("2026-11-21T01:45:03Z"), event.start());
    assertEquals(Instant.parse("2026-11-21T01:45:24Z"), event.end());
    assertEquals(Map.of("plate", "81A12345", "speed", "92/70"), event.attributes());
    assertFalse(event.protectedFromDeletion());
  }

  @Test
  void notes_without_pairs_give_no_attributes() {
    assertTrue(ZoneMinderJson.attributes("Forced Web: ").isEmpty());
    assertTrue(ZoneMinderJson.attributes(null).isEmpty());
    assertEquals(Map.of("lane", "2"), ZoneMinderJson.attributes("Linked: 3 lane=2 =x y="));
    assertNull(ZoneMinderJson.time(" ", ZoneId.of("UTC")));
  }
}
