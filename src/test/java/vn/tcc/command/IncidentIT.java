package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.HandoverSwitch;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Incidents end to end: an accident event ingested through the API opens an incident the operators
 * see within seconds; one of two simultaneous acknowledgements wins; an incident nobody takes
 * escalates after the configured time; an officer of another commune sees nothing of it; hostile
 * input is refused with a 4xx.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentIT {
  private static final String SOURCE = "GL-QN-RSC1";
  private static final String QUY_NHON_CAMERA = "GL-QN-0004";

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_accident_event_opens_an_incident_the_operator_sees_within_seconds() throws Exception {
    String operator = Keycloak.userToken("operator");
    long cursor = latestCursor(operator);
    long eventId = ingest("ACCIDENT", QUY_NHON_CAMERA);
    long started = System.currentTimeMillis();

    JsonObject incident = awaitIncidentOf(eventId, operator, cursor);

    assertTrue(System.currentTimeMillis() - started < 5_000, "visible within 5 s of the ingestion");
    assertEquals("ACCIDENT", incident.getString("kind"));
    assertEquals("CRITICAL", incident.getString("severity"));
    assertEquals("NEW", incident.getString("state"));
    assertEquals(QUY_NHON_CAMERA, incident.getString("cameraCode"));
    assertEquals("GL.QUY_NHON", incident.getString("jurisdiction"));
    assertEquals("vms:ZM-DEMO/1", incident.getString("evidenceRef"));
    List<String> nearby =
        incident.getJsonArray("nearbyCameras").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertEquals(4, nearby.size(), "the four nearest cameras");
    assertFalse(nearby.contains(QUY_NHON_CAMERA));
    assertTrue(incident.containsKey("latitude"), "placed at its camera");
    assertEquals(
        0,
        count("SELECT count(*) FROM violation.case_event WHERE event_id = ?", eventId),
        "an accident is no violation: no case");

    // handed over twice or not, one incident per event
    assertEquals(1, count("SELECT count(*) FROM command.incident WHERE event_id = ?", eventId));
  }

  @Test
  void an_accident_waits_in_the_urgent_lane_not_behind_the_plate_reads_of_its_camera()
      throws Exception {
    String operator = Keycloak.userToken("operator");
    long cursor = latestCursor(operator);
    long plateRead;
    long accident;
    HandoverSwitch.pause(management);
    try {
      plateRead = ingest("PLATE_READ", QUY_NHON_CAMERA);
      accident = ingest("ACCIDENT", QUY_NHON_CAMERA);
      assertEquals(
          -1,
          count("SELECT lane FROM vms.event_outbox WHERE event_id = ?", accident),
          "the accident waits in the urgent lane");
      assertTrue(
          count("SELECT lane FROM vms.event_outbox WHERE event_id = ?", plateRead) >= 0,
          "the plate read waits in its camera's lane");
    } finally {
      HandoverSwitch.resume(management);
    }
    awaitIncidentOf(accident, operator, cursor);
  }

  @Test
  void a_screen_waiting_on_the_stream_gets_the_incident_once_opened_and_only_in_its_jurisdiction()
      throws Exception {
    String operator = Keycloak.userToken("operator");
    String pleiku = Keycloak.userToken("officer2");
    long cursor = latestCursor(operator);
    long pleikuCursor = latestCursor(pleiku);
    CompletableFuture<Api.Answer> operatorWaits;
    CompletableFuture<Api.Answer> officerWaits;
    long accident;
    HandoverSwitch.pause(management);
    try {
      // Accepted but not handed over: both reads find nothing and wait.
      accident = ingest("ACCIDENT", QUY_NHON_CAMERA);
      operatorWaits =
          CompletableFuture.supplyAsync(
              () -> Api.get("incidents/stream?after=" + cursor + "&size=200&wait=25", operator));
      officerWaits =
          CompletableFuture.supplyAsync(
              () -> Api.get("incidents/stream?after=" + pleikuCursor + "&wait=3", pleiku));
      Thread.sleep(1_000); // both requests are on the server before the handover resumes
    } finally {
      HandoverSwitch.resume(management);
    }
    Api.Answer answer = operatorWaits.join();
    assertEquals(200, answer.status(), answer.body());
    // A wait that ends without an incident answers an empty page: this one was woken.
    assertTrue(
        answer.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(i -> ofEvent(i, accident)),
        "the waiting operator is answered with the incident: " + answer.body());
    Api.Answer officers = officerWaits.join();
    assertEquals(200, officers.status(), officers.body());
    assertTrue(
        officers.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(i -> ofEvent(i, accident)),
        "Pleiku's officer is not told of Quy Nhơn's incident: " + officers.body());
  }

  @Test
  void a_plate_read_opens_no_incident() throws Exception {
    String operator = Keycloak.userToken("operator");
    long cursor = latestCursor(operator);
    long plateRead = ingest("PLATE_READ", QUY_NHON_CAMERA);
    long congestion = ingest("CONGESTION", QUY_NHON_CAMERA);
    awaitIncidentOf(congestion, operator, cursor); // handed over in the same or a later batch
    assertEquals(0, count("SELECT count(*) FROM command.incident WHERE event_id = ?", plateRead));
  }

  @Test
  void of_two_simultaneous_acknowledgements_exactly_one_wins() throws Exception {
    String operator = Keycloak.userToken("operator");
    String operator2 = Keycloak.userToken("operator2");
    long id = openIncident("ACCIDENT", operator);

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Answer>> clicks = new ArrayList<>();
    for (String token : List.of(operator, operator2)) {
      clicks.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Api.post("incidents/" + id + "/acknowledge", token, "");
              }));
    }
    start.countDown();
    List<Api.Answer> answers = clicks.stream().map(CompletableFuture::join).toList();
    List<Integer> statuses = answers.stream().map(Api.Answer::status).sorted().toList();
    assertEquals(List.of(200, 409), statuses);

    Api.Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
    Api.Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
    String takenBy = winner.json().getJsonObject("incident").getString("acknowledgedName");
    assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());
    assertTrue(
        loser.json().getString("detail").contains(takenBy),
        "the 409 names who took it: " + loser.body());
    assertEquals(
        "ACKNOWLEDGED",
        Api.get("incidents/" + id, operator).json().getJsonObject("incident").getString("state"));
  }

  @Test
  void the_acknowledger_handles_and_closes_another_operator_may_not() throws Exception {
    String operator = Keycloak.userToken("operator");
    String operator2 = Keycloak.userToken("operator2");
    long id = openIncident("CONGESTION", operator);
    assertEquals(200, Api.post("incidents/" + id + "/acknowledge", operator, "").status());

    assertEquals(
        403,
        Api.post("incidents/" + id + "/actions", operator2, "{\"action\":\"PATROL_DISPATCHED\"}")
            .status());
    Api.Answer action =
        Api.post(
            "incidents/" + id + "/actions",
            operator,
            "{\"action\":\"PATROL_DISPATCHED\",\"note\":\"Tổ 2\"}");
    assertEquals(200, action.status(), action.body());
    assertEquals(1, action.json().getJsonArray("actions").size());
    assertEquals(
        422,
        Api.post("incidents/" + id + "/actions", operator, "{\"action\":\"OTHER\"}").status(),
        "OTHER needs a note");
    Api.Answer closed =
        Api.post(
            "incidents/" + id + "/close",
            operator,
            "{\"outcome\":\"RESOLVED\",\"note\":\"Đã thông xe\"}");
    assertEquals(200, closed.status(), closed.body());
    assertEquals("CLOSED", closed.json().getJsonObject("incident").getString("state"));
    assertEquals(
        409,
        Api.post("incidents/" + id + "/close", operator, "{\"outcome\":\"RESOLVED\"}").status());

    JsonObject log = Api.get("incidents/log", operator).json();
    List<String> whats =
        log.getJsonArray("entries").stream()
            .map(e -> e.asJsonObject())
            .filter(e -> e.getJsonNumber("incidentId").longValue() == id)
            .map(e -> e.getString("what"))
            .toList();
    assertEquals(List.of("OPENED", "ACKNOWLEDGED", "ACTION", "CLOSED"), whats);
    assertTrue(
        count(
                "SELECT count(*) FROM audit.entry WHERE object_type = 'incident' AND object_id = ?",
                String.valueOf(id))
            >= 3,
        "acknowledgement, action and closing audited");
  }

  @Test
  void an_incident_nobody_takes_escalates_after_the_configured_time() throws Exception {
    String supervisor = Keycloak.userToken("supervisor");
    setEscalationSeconds("2");
    try {
      long id = openIncident("FIRE_SMOKE", supervisor);
      long deadline = System.currentTimeMillis() + 20_000;
      JsonObject incident;
      do {
        Thread.sleep(300);
        incident = Api.get("incidents/" + id, supervisor).json().getJsonObject("incident");
      } while (!"ESCALATED".equals(incident.getString("state"))
          && System.currentTimeMillis() < deadline);
      assertEquals("ESCALATED", incident.getString("state"));
      Instant opened = Instant.parse(incident.getString("openedAt"));
      Instant escalated = Instant.parse(incident.getString("escalatedAt"));
      assertFalse(escalated.isBefore(opened.plusSeconds(2)), "not before the configured time");
      JsonObject escalatedList =
          Api.get("incidents?escalated=true&state=ESCALATED", supervisor).json();
      assertTrue(
          escalatedList.getJsonArray("items").stream()
              .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id),
          "listed for the supervisors");
      // still taken afterwards
      assertEquals(
          200,
          Api.post("incidents/" + id + "/acknowledge", Keycloak.userToken("operator"), "")
              .status());
    } finally {
      setEscalationSeconds(null);
    }
  }

  @Test
  void an_officer_of_another_commune_neither_sees_nor_takes_the_incident() throws Exception {
    String operator = Keycloak.userToken("operator");
    long id = openIncident("ACCIDENT", operator);
    String pleiku = Keycloak.userToken("officer2");
    assertEquals(404, Api.get("incidents/" + id, pleiku).status());
    assertEquals(404, Api.post("incidents/" + id + "/acknowledge", pleiku, "").status());
    assertFalse(
        Api.get("incidents?size=200", pleiku).json().getJsonArray("items").stream()
            .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));
    assertEquals(
        "NEW",
        Api.get("incidents/" + id, operator).json().getJsonObject("incident").getString("state"));
    assertEquals(
        200,
        Api.get("incidents/" + id, Keycloak.userToken("officer")).status(),
        "Quy Nhơn's officer sees it");
    // The auditor reads, each read audited, and changes nothing; an admin has no incidents.
    String auditor = Keycloak.userToken("auditor");
    assertEquals(200, Api.get("incidents", auditor).status(), "the auditor reads the list");
    Api.Answer read = Api.get("incidents/" + id, auditor);
    assertEquals(200, read.status(), read.body());
    assertEquals(403, Api.post("incidents/" + id + "/acknowledge", auditor, "").status());
    assertEquals(
        403,
        Api.post("incidents/" + id + "/close", auditor, "{\"outcome\":\"FALSE_ALARM\"}").status());
    assertEquals(200, Api.get("incidents/log", auditor).status(), "and the operations log");
    assertTrue(
        LiveCameras.audited("auditor", "INCIDENT_READ", Long.toString(id)) >= 1,
        "the auditor's read is on the trail");
    assertEquals(403, Api.get("incidents", Keycloak.userToken("admin")).status(), "no incidents");
  }

  @Test
  void hostile_input_is_refused_with_a_4xx() throws Exception {
    String operator = Keycloak.userToken("operator");
    long id = openIncident("STOPPED_VEHICLE", operator);
    for (String query :
        List.of(
            "incidents?size=-1",
            "incidents?size=1000000",
            "incidents?page=99999999999999999999",
            "incidents?since=%2B999999999-01-01T00:00:00Z",
            "incidents?since=yesterday",
            "incidents?state=%00",
            "incidents?state=BOGUS",
            "incidents?type=" + "A".repeat(100_000).substring(0, 5_000),
            "incidents/stream?after=-5",
            "incidents/stream?after=0&wait=26",
            "incidents/stream?after=0&wait=-1",
            "incidents/stream?after=0&wait=soon",
            "incidents/stream?after=0&wait=%00",
            "incidents/log?day=999999999-01-01",
            "incidents/log?shift=9")) {
      int status = Api.get(query, operator).status();
      assertTrue(status >= 400 && status < 500, query + " answered " + status);
    }
    assertEquals(404, Api.get("incidents/abc", operator).status());
    assertEquals(404, Api.get("incidents/99999999999999", operator).status());
    assertEquals(200, Api.post("incidents/" + id + "/acknowledge", operator, "").status());
    for (String body :
        List.of(
            "{\"action\":\"NUKE\"}",
            "{\"action\":\"OTHER\",\"note\":\"" + "x".repeat(100_000) + "\"}",
            "{\"action\":\"OTHER\",\"note\":\"a\\u0000b\"}",
            "{not json",
            "[]",
            "{\"action\":12}")) {
      int status = Api.post("incidents/" + id + "/actions", operator, body).status();
      assertTrue(
          status >= 400 && status < 500,
          body.substring(0, Math.min(40, body.length())) + " answered " + status);
    }
    int closing =
        Api.post("incidents/" + id + "/close", operator, "{\"outcome\":\"MAYBE\"}").status();
    assertEquals(422, closing);
  }

  @Test
  void a_snapshot_kept_for_an_incident_is_listed_on_it_with_its_sha256_and_audited()
      throws Exception {
    LiveCameras.link();
    String operator = Keycloak.userToken("operator");
    long id = openIncident("ACCIDENT", operator);
    int takenBefore = LiveCameras.audited("operator", "SNAPSHOT_TAKEN", LiveCameras.FIRST);

    Api.Answer taken =
        Api.post(
            "cameras/" + LiveCameras.FIRST + "/snapshots",
            operator,
            "{\"incidentId\":" + id + ",\"note\":\"Hiện trường vụ va chạm\"}");
    assertEquals(201, taken.status(), taken.body());
    JsonObject kept = taken.json();
    String sha = kept.getString("sha256");
    assertTrue(sha.matches("[0-9a-f]{64}"), sha);
    assertEquals(id, kept.getJsonNumber("incidentId").longValue());
    long snapshotId = kept.getJsonNumber("id").longValue();

    // Listed on the incident and on the camera; the bytes are a JPEG that hashes to the name.
    Api.Answer onIncident = Api.get("incidents/" + id + "/snapshots", operator);
    assertEquals(200, onIncident.status(), onIncident.body());
    assertTrue(onIncident.body().contains(sha), onIncident.body());
    assertTrue(
        Api.get("cameras/" + LiveCameras.FIRST + "/snapshots", operator).body().contains(sha));
    java.net.http.HttpResponse<byte[]> image =
        Api.download("cameras/" + LiveCameras.FIRST + "/snapshots/" + snapshotId, operator);
    assertEquals(200, image.statusCode());
    assertEquals(0xFF, image.body()[0] & 0xFF);
    assertEquals(0xD8, image.body()[1] & 0xFF);
    assertEquals(
        sha,
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(image.body())));
    assertEquals(
        takenBefore + 1, LiveCameras.audited("operator", "SNAPSHOT_TAKEN", LiveCameras.FIRST));
    assertTrue(LiveCameras.audited("operator", "SNAPSHOT_VIEWED", LiveCameras.FIRST) >= 1);

    // Pleiku's officer is refused the Quy Nhơn camera (audited), the auditor watches nothing.
    int refusedBefore = LiveCameras.audited("officer2", "SNAPSHOT_REFUSED", LiveCameras.FIRST);
    assertEquals(
        403,
        Api.post(
                "cameras/" + LiveCameras.FIRST + "/snapshots", Keycloak.userToken("officer2"), "{}")
            .status());
    assertEquals(
        refusedBefore + 1, LiveCameras.audited("officer2", "SNAPSHOT_REFUSED", LiveCameras.FIRST));
    assertEquals(
        403,
        Api.post("cameras/" + LiveCameras.FIRST + "/snapshots", Keycloak.userToken("auditor"), "{}")
            .status());
    assertEquals(
        403,
        Api.download(
                "cameras/" + LiveCameras.FIRST + "/snapshots/" + snapshotId,
                Keycloak.userToken("officer2"))
            .statusCode());

    // Hostile input is a 4xx: an unknown incident, a long note, garbage, an unknown snapshot.
    String camera = "cameras/" + LiveCameras.FIRST + "/snapshots";
    assertEquals(404, Api.post(camera, operator, "{\"incidentId\":999999999999}").status());
    assertEquals(
        400, Api.post(camera, operator, "{\"note\":\"" + "x".repeat(600) + "\"}").status());
    int garbage = Api.post(camera, operator, "{\"incidentId\":\"\\u0000\"}").status();
    assertTrue(garbage >= 400 && garbage < 500, "garbage answered " + garbage);
    assertEquals(404, Api.download(camera + "/99999999999", operator).statusCode());
    int hostile = Api.download(camera + "/x%00y", operator).statusCode();
    assertTrue(hostile == 400 || hostile == 404, "a NUL in the id answered " + hostile);
  }

  @Test
  void the_ioc_receives_incidents_with_their_type_place_and_times_and_nothing_personal()
      throws Exception {
    String operator = Keycloak.userToken("operator");
    long cursor = latestCursor(operator);
    // A police camera: its incidents go to the IOC without an agreement.
    long eventId = ingest("ACCIDENT", "GL-QN-0001");
    long id = awaitIncidentOf(eventId, operator, cursor).getJsonNumber("id").longValue();
    assertEquals(200, Api.post("incidents/" + id + "/acknowledge", operator, "").status());
    Api.Answer closed =
        Api.post(
            "incidents/" + id + "/close",
            operator,
            "{\"outcome\":\"RESOLVED\",\"note\":\"Xe 81A-123.45 đã được kéo đi\"}");
    assertEquals(200, closed.status(), closed.body());

    String ioc = Keycloak.clientToken("tcc-ioc", "ioc-dev-secret");
    java.util.Set<String> allowed =
        java.util.Set.of(
            "id",
            "type",
            "severity",
            "camera",
            "commune",
            "latitude",
            "longitude",
            "address",
            "occurredAt",
            "openedAt",
            "state",
            "closedAt",
            "outcome");
    JsonObject found = null;
    String next = null;
    for (int page = 0; page < 1000 && found == null; page++) {
      Api.Answer answer =
          Api.get(
              "ioc/incidents?limit=1000"
                  + (next == null ? "" : "&cursor=" + java.net.URLEncoder.encode(next, "UTF-8")),
              ioc);
      assertEquals(200, answer.status(), answer.body());
      JsonObject body = answer.json();
      for (var item : body.getJsonArray("items")) {
        JsonObject incident = item.asJsonObject();
        assertTrue(allowed.containsAll(incident.keySet()), "only allowed fields: " + incident);
        if (incident.getJsonNumber("id").longValue() == id) {
          found = incident;
        }
      }
      next = body.getString("next");
      if (!body.getBoolean("more")) {
        break;
      }
    }
    assertTrue(found != null, "incident " + id + " reached the IOC");
    assertEquals(allowed, found.keySet());
    assertEquals("ACCIDENT", found.getString("type"));
    assertEquals("CLOSED", found.getString("state"));
    assertEquals("RESOLVED", found.getString("outcome"));
    assertEquals("GL-QN-0001", found.getString("camera"));
    assertFalse(found.toString().contains("81A"), found.toString());
    assertFalse(found.toString().contains("operator"), found.toString());
    // People of the room are not consumers.
    assertEquals(403, Api.get("ioc/incidents", operator).status());
  }

  // --- helpers -------------------------------------------------------------------------------

  static boolean ofEvent(JsonObject incident, long eventId) {
    return incident.containsKey("eventId")
        && !incident.isNull("eventId")
        && incident.getJsonNumber("eventId").longValue() == eventId;
  }

  static long openIncident(String type, String token) throws Exception {
    long cursor = latestCursor(token);
    long eventId = ingest(type, QUY_NHON_CAMERA);
    return awaitIncidentOf(eventId, token, cursor).getJsonNumber("id").longValue();
  }

  static long latestCursor(String token) {
    Api.Answer page = Api.get("incidents?size=1", token);
    assertEquals(200, page.status(), page.body());
    return page.json().getJsonNumber("cursor").longValue();
  }

  /** Polls the stream from {@code cursor} until the incident of this event shows, for 10 s. */
  static JsonObject awaitIncidentOf(long eventId, String token, long cursor)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    long after = cursor;
    while (System.currentTimeMillis() < deadline) {
      Api.Answer answer = Api.get("incidents/stream?after=" + after + "&size=200", token);
      assertEquals(200, answer.status(), answer.body());
      JsonObject page = answer.json();
      for (var item : page.getJsonArray("items")) {
        JsonObject incident = item.asJsonObject();
        if (incident.containsKey("eventId")
            && !incident.isNull("eventId")
            && incident.getJsonNumber("eventId").longValue() == eventId) {
          return incident;
        }
      }
      after = page.getJsonNumber("cursor").longValue();
      Thread.sleep(100);
    }
    throw new AssertionError("No incident for event " + eventId + " within 10 s");
  }

  static long ingest(String type, String camera) {
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
    String event =
        """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s","type":"%s",
         "plate":"81A-123.45","plateConfidence":96.5,"vehicleClass":"CAR","lane":"1",
         "images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"1"}],
         "attributes":{"direction":"N"}}
        """
            .formatted(SOURCE, "inc-" + UUID.randomUUID(), camera, at, type);
    Api.Answer answer =
        Api.post(
            "events",
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
            "{\"events\":[" + event + "]}");
    JsonObject item = answer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), answer.body());
    return item.getJsonNumber("eventId").longValue();
  }

  private static long count(String sql, Object parameter) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Sets (or, with null, removes) the server's escalation time through the management API. */
  private void setEscalationSeconds(String seconds) {
    ModelNode address =
        Operations.createAddress("system-property", "tcc.command.escalation-seconds");
    try {
      management.getControllerClient().execute(Operations.createRemoveOperation(address));
      if (seconds != null) {
        ModelNode add = Operations.createAddOperation(address);
        add.get("value").set(seconds);
        ModelNode result = management.getControllerClient().execute(add);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
