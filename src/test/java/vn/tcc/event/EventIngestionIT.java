package vn.tcc.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;
import vn.tcc.testing.TestCameras;

/**
 * The ingestion API as an event source meets it: answers per item, safe resends, the quarantine and
 * its replay, batches refused whole, and the handover of what was accepted.
 */
@ExtendWith(ArquillianExtension.class)
class EventIngestionIT {
  static final String SOURCE = "GL-QN-RSC1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  static String sourceToken() {
    return Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
  }

  static String nonce() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String event(String id, String camera, String type, OffsetDateTime at) {
    return """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s","type":"%s",
         "plate":"81A-123.45","plateConfidence":96.5,"vehicleClass":"CAR","lane":"1",
         "images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"1"}],
         "attributes":{"direction":"N"}}
        """
        .formatted(SOURCE, id, camera, at, type);
  }

  static OffsetDateTime aMinuteAgo() {
    return OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).truncatedTo(ChronoUnit.MILLIS);
  }

  static String batch(List<String> events) {
    return "{\"events\":[" + String.join(",", events) + "]}";
  }

  static List<String> outcomes(JsonObject answer) {
    return answer.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("outcome"))
        .toList();
  }

  static long count(String sql, String like) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, like);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Test
  void every_item_is_answered_and_a_resend_after_an_outage_stores_nothing_twice() throws Exception {
    String run = nonce();
    OffsetDateTime at = aMinuteAgo();
    List<String> items =
        List.of(
            event(run + "-1", "GL-QN-0001", "RED_LIGHT", at),
            event(run + "-2", "GL-QN-0003", "PLATE_READ", at),
            event(run + "-3", "GL-PK-0001", "RED_LIGHT", at), // Pleiku: not this source's
            event(run + "-4", "GL-QN-9999", "RED_LIGHT", at), // not registered
            event(run + "-5", "GL-QN-0001", "RED_LIGHT", at.plusHours(2)), // in the future
            event(run + "-6", "GL-QN-0001", "TELEPORTING", at),
            event(run + "-1", "GL-QN-0001", "RED_LIGHT", at)); // twice in one batch
    JsonObject first =
        Api.send(
                "POST",
                "events",
                sourceToken(),
                "application/json",
                batch(items).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "en")
            .json();
    assertEquals(
        List.of(
            "ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "DUPLICATE"),
        outcomes(first));
    assertEquals(2, first.getInt("accepted"));
    assertEquals(4, first.getInt("rejected"));
    assertEquals(1, first.getInt("duplicates"));
    JsonArray answers = first.getJsonArray("items");
    assertEquals("event.reason.camera.jurisdiction", reason(answers, 2).getString("code"));
    assertTrue(reason(answers, 2).getString("message").contains("outside the sending source"));
    assertEquals("event.reason.camera.unknown", reason(answers, 3).getString("code"));
    assertEquals("event.reason.time.future", reason(answers, 4).getString("code"));
    assertEquals("type", reason(answers, 5).getString("field"));
    assertNotNull(answers.getJsonObject(0).getJsonNumber("eventId"));

    JsonObject resend = Api.post("events", sourceToken(), batch(items)).json();
    assertEquals(
        List.of(
            "DUPLICATE", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "DUPLICATE"),
        outcomes(resend));
    for (int i = 2; i <= 5; i++) {
      assertEquals(
          answers.getJsonObject(i).getJsonNumber("quarantineId"),
          resend.getJsonArray("items").getJsonObject(i).getJsonNumber("quarantineId"),
          "a resent rejected event counts again instead of adding a copy");
    }
    assertTrue(
        resend
            .getJsonArray("items")
            .getJsonObject(2)
            .getJsonArray("reasons")
            .getJsonObject(0)
            .getString("message")
            .contains("nằm ngoài địa bàn"),
        "Vietnamese without Accept-Language");

    String key = run + "-%";
    assertEquals(2, count("SELECT count(*) FROM vms.event WHERE source_event_id LIKE ?", key));
    assertEquals(4, count("SELECT count(*) FROM vms.quarantine WHERE source_event_id LIKE ?", key));
    assertEquals(
        4,
        count(
            "SELECT count(*) FROM vms.quarantine WHERE times_received = 2 AND source_event_id LIKE ?",
            key));
  }

  private static JsonObject reason(JsonArray answers, int index) {
    return answers.getJsonObject(index).getJsonArray("reasons").getJsonObject(0);
  }

  @Test
  void accepted_events_are_handed_over_and_the_camera_shows_its_last_event() throws Exception {
    String run = nonce();
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusMinutes(2).truncatedTo(ChronoUnit.SECONDS);
    JsonObject answer =
        Api.post(
                "events", sourceToken(), batch(List.of(event(run, "GL-QN-0003", "PLATE_READ", at))))
            .json();
    assertEquals(List.of("ACCEPTED"), outcomes(answer));
    long id = answer.getJsonArray("items").getJsonObject(0).getJsonNumber("eventId").longValue();
    long deadline = System.currentTimeMillis() + 30_000;
    while (count(
            "SELECT count(*) FROM vms.event_outbox WHERE event_id::text = ?", Long.toString(id))
        > 0) {
      assertTrue(System.currentTimeMillis() < deadline, "handed over within 30 s");
      Thread.sleep(200);
    }
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM camera.camera WHERE code = 'GL-QN-0003' AND last_event_at = ?::timestamptz",
            at.toString()));
  }

  @Test
  void a_bad_batch_is_refused_whole_with_a_problem_and_nothing_is_stored() throws Exception {
    String run = nonce();
    OffsetDateTime at = aMinuteAgo();
    String token = sourceToken();

    String truncated =
        batch(List.of(event(run + "-a", "GL-QN-0001", "RED_LIGHT", at))).substring(0, 120);
    Api.Answer malformed = Api.post("events", token, truncated);
    assertEquals(400, malformed.status());
    assertTrue(
        malformed.contentType().startsWith("application/problem+json"), malformed.contentType());

    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      tooMany.add(event(run + "-" + i, "GL-QN-0001", "RED_LIGHT", at));
    }
    Api.Answer oversized = Api.post("events", token, batch(tooMany));
    assertEquals(413, oversized.status());
    assertTrue(oversized.json().getString("detail").contains("1001"), oversized.body());

    String one = batch(List.of(event(run + "-b", "GL-QN-0001", "RED_LIGHT", at)));
    Api.Answer anonymous = Api.post("events", null, one);
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.contentType().startsWith("application/problem+json"));
    assertEquals(403, Api.post("events", Keycloak.userToken("officer"), one).status());
    assertEquals(422, Api.post("events", token, "{\"events\":[]}").status());
    assertEquals(422, Api.post("events", token, "{\"items\":[]}").status());

    assertEquals(
        0, count("SELECT count(*) FROM vms.event WHERE source_event_id LIKE ?", run + "%"));
    assertEquals(
        0, count("SELECT count(*) FROM vms.quarantine WHERE source_event_id LIKE ?", run + "%"));
  }

  @Test
  void an_admin_replays_a_quarantined_event_once_its_camera_is_registered() throws Exception {
    String run = nonce();
    String code = "GL-QN-" + run.toUpperCase();
    OffsetDateTime at = aMinuteAgo();
    JsonObject rejected =
        Api.post("events", sourceToken(), batch(List.of(event(run, code, "WRONG_WAY", at)))).json();
    assertEquals(List.of("REJECTED"), outcomes(rejected));
    long entry =
        rejected.getJsonArray("items").getJsonObject(0).getJsonNumber("quarantineId").longValue();

    String admin = Keycloak.userToken("admin");
    assertEquals(403, Api.get("events/quarantine", Keycloak.userToken("officer")).status());
    JsonObject waiting = Api.get("events/quarantine?limit=500", admin).json();
    JsonObject listed =
        waiting.getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getJsonNumber("id").longValue() == entry)
            .findFirst()
            .orElseThrow();
    assertTrue(listed.getString("payload").contains(code), "kept whole");
    assertTrue(
        listed
            .getJsonArray("reasons")
            .getJsonObject(0)
            .getString("message")
            .contains("chưa được đăng ký"));

    // Both attempts are audited, the refused one too.
    JsonObject again = Api.post("events/quarantine/" + entry + "/replay", admin, "").json();
    assertEquals("REJECTED", again.getString("outcome"), "still unknown: stays in the quarantine");

    String camera = TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Camera " + run);
    assertEquals(201, Api.post("cameras", admin, camera).status());
    JsonObject replayed = Api.post("events/quarantine/" + entry + "/replay", admin, "").json();
    assertEquals("ACCEPTED", replayed.getString("outcome"), replayed.toString());
    assertEquals(409, Api.post("events/quarantine/" + entry + "/replay", admin, "").status());
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM vms.quarantine WHERE state = 'REPLAYED' AND resolved_by = 'admin'"
                + " AND event_id IS NOT NULL AND source_event_id = ?",
            run));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM audit.entry WHERE action = 'QUARANTINE_REPLAYED' AND object_id = ?",
            Long.toString(entry)));
    assertEquals(
        List.of("DUPLICATE"),
        outcomes(
            Api.post("events", sourceToken(), batch(List.of(event(run, code, "WRONG_WAY", at))))
                .json()));
  }

  @Test
  void events_of_a_decommissioned_camera_are_kept_aside_and_can_be_dismissed_with_a_reason()
      throws Exception {
    String run = nonce();
    String code = "GL-QN-D" + run.toUpperCase();
    String admin = Keycloak.userToken("admin");
    String camera =
        TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Retired " + run)
            .replace("\"INSTALLED\"", "\"DECOMMISSIONED\"");
    assertEquals(201, Api.post("cameras", admin, camera).status());
    JsonObject answer =
        Api.post(
                "events",
                sourceToken(),
                batch(List.of(event(run, code, "RED_LIGHT", aMinuteAgo()))))
            .json();
    JsonObject item = answer.getJsonArray("items").getJsonObject(0);
    assertEquals("REJECTED", item.getString("outcome"));
    assertEquals(
        "event.reason.camera.decommissioned",
        reason(answer.getJsonArray("items"), 0).getString("code"));
    long entry = item.getJsonNumber("quarantineId").longValue();

    assertEquals(
        422,
        Api.post("events/quarantine/" + entry + "/dismiss", admin, "{\"note\":\" \"}").status());
    assertEquals(
        204,
        Api.post(
                "events/quarantine/" + entry + "/dismiss",
                admin,
                "{\"note\":\"Camera đã tháo dỡ\"}")
            .status());
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM vms.quarantine WHERE state = 'DISMISSED'"
                + " AND resolution_note = 'Camera đã tháo dỡ' AND source_event_id = ?",
            run));
  }
}
