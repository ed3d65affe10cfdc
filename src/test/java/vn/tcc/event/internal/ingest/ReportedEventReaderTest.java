package vn.tcc.event.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.ReportedEvent;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.Reason;

/** A typed report is checked as the same event posted as JSON: same event, same reasons. */
class ReportedEventReaderTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T08:45:03+07:00");

  /** A VMS speed trigger, typed. */
  private static ReportedEvent report(
      String sourceId,
      String sourceEventId,
      String cameraCode,
      String type,
      String plate,
      Integer speed,
      Integer limit) {
    return new ReportedEvent(
        sourceId,
        sourceEventId,
        cameraCode,
        AT,
        type,
        plate,
        speed == null ? null : new BigDecimal(speed),
        limit == null ? null : new BigDecimal(limit),
        List.of(new ReportedEvent.VmsImage("vms-event", "ZM-DEMO", "42")),
        Map.of("vmsCause", "Speed"));
  }

  /** The same event as a source would post it, written out by hand. */
  private static JsonObject posted(
      String sourceId,
      String sourceEventId,
      String cameraCode,
      String type,
      String plate,
      Integer speed,
      Integer limit) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("occurredAt", "2026-11-21T08:45:03+07:00")
            .add(
                "images",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "vms-event")
                            .add("vms", "ZM-DEMO")
                            .add("recordingId", "42")))
            .add("attributes", Json.createObjectBuilder().add("vmsCause", "Speed"));
    addIfPresent(json, "sourceId", sourceId);
    addIfPresent(json, "sourceEventId", sourceEventId);
    addIfPresent(json, "cameraCode", cameraCode);
    addIfPresent(json, "type", type);
    addIfPresent(json, "plate", plate);
    if (speed != null) {
      json.add("speedKmh", speed);
    }
    if (limit != null) {
      json.add("speedLimitKmh", limit);
    }
    return json.build();
  }

  private static void addIfPresent(JsonObjectBuilder json, String field, String value) {
    if (value != null) {
      json.add(field, value);
    }
  }

  /** Reads the event both ways and checks they agree; returns the typed reading. */
  private static ReadEvent readBothWays(
      String sourceId,
      String sourceEventId,
      String cameraCode,
      String type,
      String plate,
      Integer speed,
      Integer limit) {
    ReadEvent typed =
        ReportedEventReader.read(
            0, report(sourceId, sourceEventId, cameraCode, type, plate, speed, limit));
    ReadEvent json =
        EventReader.read(0, posted(sourceId, sourceEventId, cameraCode, type, plate, speed, limit));
    assertEquals(json.reasons(), typed.reasons());
    assertEquals(json.event(), typed.event());
    assertEquals(json.sourceId(), typed.sourceId());
    assertEquals(json.sourceEventId(), typed.sourceEventId());
    assertEquals(json.cameraCode(), typed.cameraCode());
    return typed;
  }

  private static List<String> keys(ReadEvent read) {
    return read.reasons().stream().map(r -> r.field() + " " + r.messageKey()).toList();
  }

  @Test
  void a_good_report_is_read_as_the_posted_event_is() {
    ReadEvent read = readBothWays("ZM-DEMO", "42", "GL-QN-0001", "speeding", "81a-123.45", 92, 70);
    assertTrue(read.readable(), read.reasons().toString());
    IncomingEvent event = read.event();
    assertEquals(EventType.SPEEDING, event.type());
    assertEquals("81A12345", event.plate());
    assertEquals(AT, event.occurredAt());
    assertEquals(new BigDecimal(92), event.speedKmh());
    assertEquals("42", event.images().get(0).vmsRecordingId());
    assertEquals("Speed", event.attributes().get("vmsCause"));
  }

  @Test
  void a_bad_plate_is_refused_with_the_plate_as_sent() {
    ReadEvent read = readBothWays("ZM-DEMO", "42", "GL-QN-0001", "PLATE_READ", "81A-1", null, null);
    assertFalse(read.readable());
    assertEquals(List.of(Reason.of("plate", "event.reason.plate", "81A-1")), read.reasons());
  }

  @Test
  void an_unknown_type_is_refused() {
    ReadEvent read = readBothWays("ZM-DEMO", "42", "GL-QN-0001", "JAYWALKING", null, null, null);
    assertEquals(List.of(Reason.of("type", "event.reason.type", "JAYWALKING")), read.reasons());
    assertEquals(
        List.of("type event.reason.required"),
        keys(readBothWays("ZM-DEMO", "42", "GL-QN-0001", " ", null, null, null)));
  }

  @Test
  void speeding_needs_a_speed_over_the_limit() {
    assertEquals(
        List.of("speedKmh event.reason.speeding.not.over"),
        keys(readBothWays("ZM-DEMO", "42", "GL-QN-0001", "SPEEDING", null, 58, 60)));
    assertEquals(
        List.of("speedKmh event.reason.speeding.needs.speed"),
        keys(readBothWays("ZM-DEMO", "42", "GL-QN-0001", "SPEEDING", null, 92, null)));
    assertEquals(
        List.of("speedLimitKmh event.reason.range", "speedKmh event.reason.speeding.needs.speed"),
        keys(readBothWays("ZM-DEMO", "42", "GL-QN-0001", "SPEEDING", null, 92, 0)));
  }

  @Test
  void bad_identifiers_and_camera_codes_are_named() {
    assertEquals(
        List.of(
            "sourceId event.reason.identifier",
            "sourceEventId event.reason.required",
            "cameraCode event.reason.format"),
        keys(readBothWays("vms:ZM DEMO", "", "gl-qn-0001", "PLATE_READ", null, null, null)));
    ReadEvent unlinked = readBothWays("ZM-DEMO", "42", null, "PLATE_READ", null, null, null);
    assertEquals(List.of("cameraCode event.reason.required"), keys(unlinked));
    assertEquals("42", unlinked.sourceEventId(), "kept for the quarantine");
  }

  @Test
  void images_and_attributes_are_held_to_the_same_limits() {
    ReportedEvent noRecording =
        new ReportedEvent(
            "ZM-DEMO",
            "42",
            "GL-QN-0001",
            AT,
            "PLATE_READ",
            null,
            null,
            null,
            List.of(new ReportedEvent.VmsImage(null, "ZM-DEMO", null)),
            Map.of());
    assertEquals(
        List.of("images[0].kind event.reason.required"),
        keys(ReportedEventReader.read(0, noRecording)));
    assertEquals(
        keys(ReportedEventReader.read(0, noRecording)),
        keys(EventReader.read(0, ReportedEventReader.asSent(noRecording))));

    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= EventReader.MAX_ATTRIBUTES; i++) {
      many.put("a" + i, "x");
    }
    ReportedEvent tooMany =
        new ReportedEvent(
            "ZM-DEMO", "42", "GL-QN-0001", AT, "PLATE_READ", null, null, null, List.of(), many);
    assertEquals(
        List.of("attributes event.reason.attributes.too.many"),
        keys(ReportedEventReader.read(0, tooMany)));
  }

  @Test
  void a_rejected_report_is_kept_as_the_json_a_replay_reads_back_the_same() {
    ReportedEvent bad = report("ZM-DEMO", "42", "GL-QN-0001", "SPEEDING", "81A-1", 58, 60);
    ReadEvent typed = ReportedEventReader.read(3, bad);
    JsonObject kept = typed.raw();
    assertEquals(posted("ZM-DEMO", "42", "GL-QN-0001", "SPEEDING", "81A-1", 58, 60), kept);
    ReadEvent replayed = EventReader.read(3, kept);
    assertEquals(typed.reasons(), replayed.reasons());
    assertNull(replayed.event());
  }
}
