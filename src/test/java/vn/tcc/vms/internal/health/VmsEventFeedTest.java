package vn.tcc.vms.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.event.internal.ingest.EventReader;
import vn.tcc.event.internal.ingest.ReadEvent;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.VmsEvent;

class VmsEventFeedTest {
  private static final CameraHealthState LINKED =
      new CameraHealthState(
          "GL-QN-0001", "1", new JurisdictionCode("GL.QUY_NHON"), CameraHealth.ONLINE, null);

  private static VmsEvent event(Map<String, String> attributes) {
    return new VmsEvent(
        "42",
        "1",
        Instant.parse("2026-11-21T01:45:03Z"),
        Instant.parse("2026-11-21T01:45:24Z"),
        "Speed",
        "Speed: plate=81A12345 speed=92/70",
        attributes,
        false);
  }

  @Test
  void a_zoneminder_speed_trigger_becomes_a_speeding_event_the_ingestion_accepts() {
    JsonObject item =
        VmsEventFeed.item("ZM-DEMO", event(Map.of("plate", "81A12345", "speed", "92/70")), LINKED)
            .build();
    ReadEvent read = EventReader.read(0, item);
    assertTrue(read.readable(), read.reasons().toString());
    assertEquals("SPEEDING", read.event().type().name());
    assertEquals("GL-QN-0001", read.event().cameraCode());
    assertEquals("ZM-DEMO", read.event().sourceId());
    assertEquals("42", read.event().sourceEventId());
    assertEquals("2026-11-21T08:45:03+07:00", read.event().occurredAt().toString());
    assertEquals("42", read.event().images().get(0).vmsRecordingId());
    assertEquals("Speed", read.event().attributes().get("vmsCause"));
  }

  @Test
  void a_plate_without_speed_is_a_plate_read_and_a_stated_type_wins() {
    assertEquals("PLATE_READ", VmsEventFeed.type(event(Map.of("plate", "81A12345"))));
    assertEquals("PLATE_READ", VmsEventFeed.type(event(Map.of("speed", "50/70"))));
    assertEquals("RED_LIGHT", VmsEventFeed.type(event(Map.of("type", "red_light"))));
  }

  @Test
  void an_event_of_an_unlinked_camera_is_kept_for_the_quarantine_not_dropped() {
    ReadEvent read =
        EventReader.read(0, VmsEventFeed.item("ZM-DEMO", event(Map.of()), null).build());
    assertFalse(read.readable());
    assertEquals("cameraCode", read.reasons().get(0).field());
    assertEquals("42", read.sourceEventId());
  }
}
