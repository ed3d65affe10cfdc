package vn.tcc.event.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.event.api.EventType;
import vn.tcc.event.internal.domain.EventRules;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class EventReaderTest {
  private static final String VALID =
      """
      {"sourceId":"GL-QN-RSC1","sourceEventId":"e-1","cameraCode":"GL-QN-0001",
       "occurredAt":"2026-11-21T08:15:30.120+07:00","type":"red_light","plate":"81a-123.45",
       "plateConfidence":97.5,"vehicleClass":"car","lane":"2",
       "images":[{"kind":"overview","vms":"ZM-POLICE","recordingId":"42","frame":"alarm"}],
       "attributes":{"direction":"N","signalPhase":3,"night":false}}
      """;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static JsonObject with(String field, String jsonValue) {
    JsonObject base = json(VALID);
    return Json.createObjectBuilder(base)
        .add(field, Json.createReader(new StringReader("[" + jsonValue + "]")).readArray().get(0))
        .build();
  }

  private static List<String> fields(ReadEvent read) {
    return read.reasons().stream().map(Reason::field).toList();
  }

  @Test
  void a_complete_event_is_read_with_the_plate_normalised_and_its_offset_kept() {
    ReadEvent read = EventReader.read(0, json(VALID));
    assertTrue(read.readable(), read.reasons().toString());
    IncomingEvent event = read.event();
    assertEquals(EventType.RED_LIGHT, event.type());
    assertEquals("81A12345", event.plate());
    assertEquals(new BigDecimal("97.5"), event.plateConfidence());
    assertEquals("CAR", event.vehicleClass());
    assertEquals(ZoneOffset.ofHours(7), event.occurredAt().getOffset());
    assertEquals(Instant.parse("2026-11-21T01:15:30.120Z"), event.occurredAt().toInstant());
    assertEquals("ZM-POLICE", event.images().get(0).vmsCode());
    assertEquals("3", event.attributes().get("signalPhase"));
    assertEquals("false", event.attributes().get("night"));
  }

  @Test
  void every_wrong_field_is_named_and_the_item_is_not_read() {
    JsonObject bad =
        Json.createObjectBuilder(json(VALID))
            .add("type", "JAYWALKING")
            .add("occurredAt", "2026-11-21 08:15")
            .add("plateConfidence", 140)
            .add("vehicleClass", "SPACESHIP")
            .remove("sourceEventId")
            .build();
    ReadEvent read = EventReader.read(3, bad);
    assertFalse(read.readable());
    assertEquals(3, read.index());
    assertEquals(
        List.of("sourceEventId", "occurredAt", "type", "plateConfidence", "vehicleClass"),
        fields(read));
    assertEquals("GL-QN-0001", read.cameraCode(), "kept for the quarantine");
  }

  @Test
  void a_time_without_an_offset_is_refused() {
    ReadEvent read = EventReader.read(0, with("occurredAt", "\"2026-11-21T08:15:30\""));
    assertEquals(List.of("occurredAt"), fields(read));
    assertEquals("event.reason.time.format", read.reasons().get(0).messageKey());
  }

  @Test
  void speeding_needs_a_speed_above_the_limit() {
    JsonObject noSpeed = with("type", "\"SPEEDING\"");
    assertEquals(
        "event.reason.speeding.needs.speed",
        EventReader.read(0, noSpeed).reasons().get(0).messageKey());
    JsonObject under =
        Json.createObjectBuilder(noSpeed).add("speedKmh", 58).add("speedLimitKmh", 60).build();
    assertEquals(
        "event.reason.speeding.not.over", EventReader.read(0, under).reasons().get(0).messageKey());
    JsonObject over =
        Json.createObjectBuilder(noSpeed).add("speedKmh", 92).add("speedLimitKmh", 60).build();
    assertTrue(EventReader.read(0, over).readable());
  }

  @Test
  void an_inline_image_must_really_be_a_jpeg_or_png() {
    String png =
        Base64.getEncoder()
            .encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    ReadEvent ok =
        EventReader.read(0, with("images", "[{\"kind\":\"plate\",\"data\":\"" + png + "\"}]"));
    assertTrue(ok.readable(), ok.reasons().toString());
    assertEquals("image/png", ok.event().images().get(0).mediaType());

    String text = Base64.getEncoder().encodeToString("<html>not an image</html>".getBytes());
    ReadEvent html =
        EventReader.read(0, with("images", "[{\"kind\":\"plate\",\"data\":\"" + text + "\"}]"));
    assertEquals(List.of("images[0].data"), fields(html));
    ReadEvent neither = EventReader.read(0, with("images", "[{\"kind\":\"plate\"}]"));
    assertEquals("event.reason.image.source", neither.reasons().get(0).messageKey());
    ReadEvent notBase64 =
        EventReader.read(0, with("images", "[{\"kind\":\"x\",\"data\":\"@@@\"}]"));
    assertEquals("event.reason.image.base64", notBase64.reasons().get(0).messageKey());
  }

  @Test
  void an_item_that_is_not_an_object_is_rejected_on_its_own() {
    ReadEvent read = EventReader.read(7, Json.createValue("hello"));
    assertFalse(read.readable());
    assertNull(read.raw());
    assertEquals("event.reason.not.object", read.reasons().get(0).messageKey());
  }

  @Test
  void nested_attributes_and_bad_plates_are_refused() {
    assertEquals(
        List.of("attributes.nested"),
        fields(EventReader.read(0, with("attributes", "{\"nested\":{\"a\":1}}"))));
    assertEquals(List.of("plate"), fields(EventReader.read(0, with("plate", "\"81A-1\""))));
    assertEquals("81A12345", EventReader.normalisePlate(" 81a 123.45 "));
  }

  @Test
  void the_registry_decides_camera_jurisdiction_and_time_rules() {
    IncomingEvent event = EventReader.read(0, json(VALID)).event();
    JurisdictionCode quyNhon = new JurisdictionCode("GL.QUY_NHON");
    Instant now = event.occurredAt().toInstant().plusSeconds(60);
    CameraReference camera =
        new CameraReference("GL-QN-0001", "x", quyNhon, CameraStatus.OPERATIONAL, null, null);
    assertTrue(EventRules.check(event, camera, quyNhon, now).isEmpty());
    assertTrue(
        EventRules.check(event, camera, new JurisdictionCode("GL"), now).isEmpty(),
        "the province covers its communes");

    assertEquals(
        "event.reason.camera.unknown",
        EventRules.check(event, null, quyNhon, now).get(0).messageKey());
    CameraReference retired =
        new CameraReference("GL-QN-0001", "x", quyNhon, CameraStatus.DECOMMISSIONED, null, null);
    assertEquals(
        "event.reason.camera.decommissioned",
        EventRules.check(event, retired, quyNhon, now).get(0).messageKey());
    assertEquals(
        "event.reason.camera.jurisdiction",
        EventRules.check(event, camera, new JurisdictionCode("GL.PLEIKU"), now)
            .get(0)
            .messageKey());

    Instant longBefore = event.occurredAt().toInstant().minusSeconds(6 * 60);
    assertEquals(
        "event.reason.time.future",
        EventRules.check(event, camera, quyNhon, longBefore).get(0).messageKey());
    Instant justBefore = event.occurredAt().toInstant().minusSeconds(4 * 60);
    assertTrue(
        EventRules.check(event, camera, quyNhon, justBefore).isEmpty(), "clock drift is tolerated");
  }
}
