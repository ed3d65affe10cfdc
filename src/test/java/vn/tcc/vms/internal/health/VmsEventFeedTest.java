package vn.tcc.vms.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.event.api.ReportedEvent;
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
  void a_zoneminder_speed_trigger_becomes_a_speeding_event_report() {
    ReportedEvent reported =
        VmsEventFeed.reported(
            "ZM-DEMO", event(Map.of("plate", "81A12345", "speed", "92/70")), LINKED);
    assertEquals("SPEEDING", reported.type());
    assertEquals("GL-QN-0001", reported.cameraCode());
    assertEquals("ZM-DEMO", reported.sourceId());
    assertEquals("42", reported.sourceEventId());
    assertEquals("2026-11-21T08:45:03+07:00", reported.occurredAt().toString());
    assertEquals("81A12345", reported.plate());
    assertEquals(new BigDecimal(92), reported.speedKmh());
    assertEquals(new BigDecimal(70), reported.speedLimitKmh());
    assertEquals(
        new ReportedEvent.VmsImage("vms-event", "ZM-DEMO", "42"), reported.images().get(0));
    assertEquals("Speed", reported.attributes().get("vmsCause"));
  }

  @Test
  void a_plate_without_speed_is_a_plate_read_and_a_stated_type_wins() {
    assertEquals("PLATE_READ", VmsEventFeed.type(event(Map.of("plate", "81A12345"))));
    assertEquals("PLATE_READ", VmsEventFeed.type(event(Map.of("speed", "50/70"))));
    assertEquals("RED_LIGHT", VmsEventFeed.type(event(Map.of("type", "red_light"))));
  }

  @Test
  void an_event_of_an_unlinked_camera_is_reported_without_a_camera_for_the_quarantine() {
    ReportedEvent reported = VmsEventFeed.reported("ZM-DEMO", event(Map.of()), null);
    assertNull(reported.cameraCode());
    assertEquals("42", reported.sourceEventId());
  }
}
