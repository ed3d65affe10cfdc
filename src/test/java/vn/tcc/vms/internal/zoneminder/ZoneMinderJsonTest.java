package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsRecording;

class ZoneMinderJsonTest {
  private static final ZoneMinderClock UTC = ZoneMinderClock.of("Etc/UTC");

  private static List<JsonObject> monitors(String fixture) {
    return Fixtures.json(fixture).getJsonArray("monitors").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getJsonObject("Monitor"))
        .toList();
  }

  @Test
  void monitors_become_cameras_with_their_name_source_and_size() {
    List<JsonObject> monitors = monitors("monitors.json");

    assertEquals(
        new VmsCamera("1", "GL-QN-0001", true, "rtsp://127.0.0.1:8554/cam1", 320, 180),
        ZoneMinderJson.camera(monitors.get(0)));
    assertEquals(
        new VmsCamera("2", "ZM-CAM-02", true, "rtsp://127.0.0.1:8554/cam2", 320, 180),
        ZoneMinderJson.camera(monitors.get(1)));
  }

  @Test
  void a_source_address_never_carries_credentials() {
    JsonObject disabled =
        Fixtures.json("monitor-disabled.json").getJsonObject("monitor").getJsonObject("Monitor");

    assertEquals("rtsp://viewer:s3cret@127.0.0.1:8554/cam1", ZoneMinderJson.text(disabled, "Path"));
    VmsCamera camera = ZoneMinderJson.camera(disabled);
    assertEquals("rtsp://127.0.0.1:8554/cam1", camera.streamUri());
    assertFalse(camera.enabled());
    assertEquals(
        "rtsp://cam.local/h264",
        ZoneMinderJson.withoutCredentials("rtsp://a:p@ss@w/rd@cam.local/h264"));
    assertEquals("/dev/video0", ZoneMinderJson.withoutCredentials("/dev/video0"));
    assertNull(ZoneMinderJson.withoutCredentials(""));
  }

  @Test
  void a_function_none_monitor_is_not_enabled() {
    JsonObject none = monitors("monitors-camera-stopped.json").get(3);

    assertEquals("None", ZoneMinderJson.text(none, "Function"));
    assertFalse(ZoneMinderJson.camera(none).enabled());
  }

  @Test
  void events_become_recordings_and_events_with_attributes_from_their_notes() {
    List<JsonObject> events = ZoneMinderJson.events(Fixtures.json("events-page1.json"));
    JsonObject first = events.get(0);

    assertEquals(
        new VmsRecording(
            "1",
            "1",
            Instant.parse("2026-11-21T08:40:09Z"),
            Instant.parse("2026-11-21T08:40:18Z"),
            false),
        ZoneMinderJson.recording(first, UTC));
    VmsEvent event = ZoneMinderJson.event(first, UTC);
    assertEquals("ANPR", event.cause());
    assertEquals("ANPR: plate=34ABC123 speed=92/70", event.notes());
    assertEquals(Map.of("plate", "34ABC123", "speed", "92/70"), event.attributes());
    assertTrue(ZoneMinderJson.recording(events.get(1), UTC).protectedFromDeletion());
  }

  @Test
  void an_open_event_has_no_end() {
    JsonObject open = ZoneMinderJson.events(Fixtures.json("events-open.json")).get(0);

    VmsEvent event = ZoneMinderJson.event(open, UTC);
    assertNull(event.end());
    assertEquals("Speed: plate=81A12345 speed=92/70", event.notes());
    assertEquals(Map.of("plate", "81A12345", "speed", "92/70"), event.attributes());
  }

  @Test
  void pages_say_whether_more_follow() {
    assertTrue(ZoneMinderJson.hasNextPage(Fixtures.json("events-page1.json")));
    assertFalse(ZoneMinderJson.hasNextPage(Fixtures.json("events-merged-triggers.json")));
  }

  @Test
  void the_frame_nearest_a_time_uses_the_true_start_the_frames_reveal() {
    // Event 1 starts "08:40:09", but frame 3 (Delta 0.40) was stamped 08:40:10, so it really
    // started between 08:40:09.60 and 08:40:09.81.
    JsonObject event = Fixtures.json("event-with-frames.json").getJsonObject("event");
    var frames = event.getJsonArray("Frame");

    assertEquals(
        OptionalLong.of(1),
        ZoneMinderJson.nearestFrame(frames, UTC, Instant.parse("2026-11-21T08:40:09.500Z")));
    assertEquals(
        OptionalLong.of(22),
        ZoneMinderJson.nearestFrame(frames, UTC, Instant.parse("2026-11-21T08:40:13.900Z")));
    assertEquals(
        OptionalLong.of(47),
        ZoneMinderJson.nearestFrame(frames, UTC, Instant.parse("2026-11-21T08:40:30Z")));
    assertEquals(
        OptionalLong.empty(),
        ZoneMinderJson.nearestFrame(jakarta.json.JsonValue.EMPTY_JSON_ARRAY, UTC, Instant.now()));
  }

  @Test
  void numbers_come_as_numbers_or_strings() {
    JsonObject status = monitors("monitors.json").get(0);

    assertEquals(1, ZoneMinderJson.integer(status, "Id"));
    assertEquals(320, ZoneMinderJson.integer(status, "Width"));
    assertNull(ZoneMinderJson.decimal(status, "MaxFPS"));
    assertTrue(ZoneMinderJson.flag(status, "Enabled"));
  }

  @Test
  void the_token_is_used_a_minute_less_than_granted() {
    JsonObject login = Fixtures.json("login.json");

    assertEquals(7200, ZoneMinderJson.integer(login, "access_token_expires"));
    assertEquals(Duration.ofSeconds(7140), ZoneMinderJson.tokenLifetime(login));
  }

  @Test
  void the_version_is_read() {
    JsonObject version = Fixtures.json("version.json");

    assertEquals("1.36.33", ZoneMinderJson.text(version, "version"));
    assertEquals("2.0", ZoneMinderJson.text(version, "apiversion"));
  }

  @Test
  void an_html_page_is_not_json() {
    assertThrows(
        JsonException.class,
        () -> ZoneMinderJson.read("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        JsonException.class, () -> ZoneMinderJson.read("[1,2]".getBytes(StandardCharsets.UTF_8)));
  }
}
