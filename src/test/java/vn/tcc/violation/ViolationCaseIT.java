package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Cases;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Violation cases against the real server, database and Keycloak: events ingested through the API
 * open cases (repeats join one), two different officers verify blind, a disagreement goes to a
 * supervisor who did not review, the fine is the rule in force on the violation date, and cases of
 * another area do not exist for an officer.
 */
@ExtendWith(ArquillianExtension.class)
class ViolationCaseIT {
  private static final String SOURCE = "QN-CLUSTER-CASES";
  static final String CAMERA = "GL-QN-0004";
  private static final String PURPOSE = "purpose=Ki%E1%BB%83m%20tra";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void violation_events_open_cases_repeats_join_and_plate_reads_open_none() throws Exception {
    String plate = uniquePlate();
    OffsetDateTime at = recently();
    List<String> events =
        List.of(
            event(plate, "RED_LIGHT", at),
            event(plate.replace("-", "").replace(".", ""), "RED_LIGHT", at.plusMinutes(2)),
            event(plate, "RED_LIGHT", at.plusMinutes(12)),
            event(plate, "PLATE_READ", at.plusMinutes(3)));
    List<Long> ids = ingest(events);

    String first = caseOf(ids.get(0));
    assertEquals(first, caseOf(ids.get(1)), "the same car, same camera, 2 minutes later joins");
    String later = caseOf(ids.get(2));
    assertNotEquals(first, later, "12 minutes after the first detection is a new case");
    Thread.sleep(1_500);
    assertEquals(
        0, countOf("SELECT count(*) FROM violation.case_event WHERE event_id = ?", ids.get(3)));

    JsonObject view = view(first, officer()).json();
    assertEquals("DETECTED", view.getString("state"));
    assertEquals(2, view.getInt("detections"));
    assertEquals(key(plate), view.getString("detectedPlate"), "stored normalised");
    assertEquals(2, view.getJsonArray("events").size());
    assertEquals("DETECTED", view.getJsonArray("timeline").getJsonObject(0).getString("to"));

    // A later batch (another handover) with the same car 5 minutes after the first detection joins
    // the case already stored.
    long later5 = ingest(List.of(event(plate, "RED_LIGHT", at.plusMinutes(5)))).get(0);
    assertEquals(first, caseOf(later5), "joins across batches");
    assertEquals(3, view(first, officer()).json().getInt("detections"));

    // A source resending after an outage: duplicates, and no case opens or grows twice.
    Api.post("events", sourceToken(), "{\"events\":[" + String.join(",", events) + "]}");
    Thread.sleep(2_000);
    assertEquals(3, view(first, officer()).json().getInt("detections"));
    assertEquals(
        2,
        countOf("SELECT count(*) FROM violation.violation_case WHERE plate_key = ?", key(plate)));
  }

  @Test
  void two_officers_verify_blind_and_the_fine_is_the_rule_in_force() throws Exception {
    String plate = uniquePlate();
    String number = caseOf(ingest(List.of(event(plate, "RED_LIGHT", recently()))).get(0));

    JsonObject afterFirst = review(number, officer(), confirm(plate, "RED_LIGHT"));
    assertEquals(200, status(afterFirst));
    assertEquals("IN_REVIEW", afterFirst.getString("state"));
    assertEquals(1, afterFirst.getJsonArray("reviews").size(), "he sees his own decision");

    JsonObject blind = view(number, supervisor()).json();
    assertEquals(0, blind.getJsonArray("reviews").size(), "the second reviewer sees none");
    assertTrue(blind.getBoolean("awaitsYourReview"));

    JsonObject again = review(number, officer(), confirm(plate, "RED_LIGHT"));
    assertEquals(409, status(again));
    assertTrue(again.getString("detail").contains("cán bộ khác"), again.toString());

    // The same plate as the second officer types it: compared normalised.
    JsonObject verified =
        review(number, supervisor(), confirm(plate.replace("-", "").replace(".", ""), "RED_LIGHT"));
    assertEquals("VERIFIED", verified.getString("state"), verified.toString());
    assertEquals(key(plate), verified.getString("verifiedPlate"));
    JsonObject fine = verified.getJsonObject("fine");
    assertEquals("FINE", fine.getString("outcome"));
    assertEquals(18_000_000, fine.getJsonNumber("minVnd").longValue());
    assertEquals(20_000_000, fine.getJsonNumber("maxVnd").longValue());
    assertEquals(4, fine.getInt("licencePoints"));
    assertTrue(fine.getString("legalReferenceVi").contains("168/2024"));
    assertEquals(2, verified.getJsonArray("reviews").size(), "both decisions visible afterwards");
    List<String> moves = new ArrayList<>();
    for (JsonObject step : verified.getJsonArray("timeline").getValuesAs(JsonObject.class)) {
      moves.add(step.getString("to") + "/" + step.getString("actor"));
    }
    assertEquals(List.of("DETECTED/system", "IN_REVIEW/officer", "VERIFIED/supervisor"), moves);

    JsonObject late = review(number, Keycloak.userToken("officer3"), confirm(plate, "RED_LIGHT"));
    assertEquals(409, status(late), "no third blind review");
    assertEquals(
        2,
        countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'VIOLATION_CASE_REVIEWED'"
                + " AND object_id = ?",
            number),
        "both reviews are on the audit trail");
  }

  @Test
  void a_disagreement_goes_to_a_supervisor_who_did_not_review() throws Exception {
    String plate = uniquePlate();
    String number = caseOf(ingest(List.of(event(plate, "RED_LIGHT", recently()))).get(0));

    review(number, officer(), confirm(plate, "RED_LIGHT"));
    JsonObject disputed =
        review(number, Keycloak.userToken("officer3"), reject("Xe ưu tiên đang làm nhiệm vụ"));
    assertEquals("DISPUTED", disputed.getString("state"));

    JsonObject byAnOfficer = resolve(number, officer(), reject("x"));
    assertEquals(403, status(byAnOfficer));

    JsonObject noReason = resolve(number, Keycloak.userToken("supervisor2"), reject(" "));
    assertEquals(422, status(noReason));
    assertTrue(noReason.getString("detail").contains("lý do"), noReason.toString());

    JsonObject rejected =
        resolve(number, Keycloak.userToken("supervisor2"), reject("Xe ưu tiên đang làm nhiệm vụ"));
    assertEquals("REJECTED", rejected.getString("state"), rejected.toString());
    JsonArray timeline = rejected.getJsonArray("timeline");
    JsonObject last = timeline.getJsonObject(timeline.size() - 1);
    assertEquals("supervisor2", last.getString("actor"));
    assertEquals("Xe ưu tiên đang làm nhiệm vụ", last.getString("reason"));
    assertEquals(409, status(resolve(number, supervisor(), reject("again"))));
  }

  @Test
  void cases_are_seen_only_in_the_callers_area_with_a_purpose_and_on_the_audit_trail()
      throws Exception {
    String plate = uniquePlate();
    String number = caseOf(ingest(List.of(event(plate, "RED_LIGHT", recently()))).get(0));

    assertEquals(404, view(number, Keycloak.userToken("officer2")).status(), "another area");
    assertEquals(
        404, status(review(number, Keycloak.userToken("officer2"), confirm(plate, "RED_LIGHT"))));
    assertEquals(403, view(number, Keycloak.userToken("coordinator")).status());
    assertEquals(403, view(number, sourceToken()).status());
    assertEquals(400, Api.get("cases/" + number, officer()).status(), "purpose required");
    assertEquals(200, view(number, Keycloak.userToken("auditor")).status(), "auditors read");
    assertEquals(
        403, status(review(number, Keycloak.userToken("auditor"), confirm(plate, "RED_LIGHT"))));
    assertEquals(404, view("VP-2026-99999999", officer()).status());

    assertEquals(
        1,
        countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'VIOLATION_CASE_VIEWED'"
                + " AND object_id = ? AND personal_data AND purpose = 'Kiểm tra'",
            number),
        "the auditor's look, with its purpose");
    assertEquals(
        2,
        countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'VIOLATION_CASE_ACCESS_DENIED'"
                + " AND object_id = ?",
            number),
        "the other area's officer: one look, one review");
  }

  @Test
  void the_review_queue_hands_the_oldest_case_to_one_officer_at_a_time() throws Exception {
    // Older than anything other tests send, so it is first in the queue of Quy Nhơn, and still
    // within the 10 days after which an unidentified case is escalated.
    OffsetDateTime longAgo =
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .minusDays(9)
            .truncatedTo(ChronoUnit.SECONDS)
            .minusSeconds(ThreadLocalRandom.current().nextInt(3_600));
    String plate = uniquePlate();
    String number = caseOf(ingest(List.of(event(plate, "RED_LIGHT", longAgo))).get(0));

    Api.Answer taken = Api.post("cases/review-queue/next", officer(), "");
    assertEquals(200, taken.status(), taken.body());
    assertEquals(number, taken.json().getString("caseNumber"));
    assertEquals("IN_REVIEW", taken.json().getString("state"));

    Api.Answer forAnother = Api.post("cases/review-queue/next", Keycloak.userToken("officer3"), "");
    assertTrue(
        forAnother.status() == 204 || !number.equals(forAnother.json().getString("caseNumber")),
        "held for the officer who took it");

    review(number, officer(), confirm(plate, "RED_LIGHT"));
    Api.Answer second = Api.post("cases/review-queue/next", Keycloak.userToken("officer3"), "");
    assertEquals(number, second.json().getString("caseNumber"), "now waiting for a second review");
    Api.Answer notAgain = Api.post("cases/review-queue/next", officer(), "");
    assertTrue(
        notAgain.status() == 204 || !number.equals(notAgain.json().getString("caseNumber")),
        "never to the officer who reviewed it first");
    Api.Answer pleiku = Api.post("cases/review-queue/next", Keycloak.userToken("officer2"), "");
    assertTrue(
        pleiku.status() == 204 || !number.equals(pleiku.json().getString("caseNumber")),
        "an officer of another area never gets it");
  }

  @Test
  void a_search_by_plate_needs_a_purpose_stays_in_the_area_and_is_audited() throws Exception {
    String plate = uniquePlate();
    String number = caseOf(ingest(List.of(event(plate, "RED_LIGHT", recently()))).get(0));
    String printedOtherwise = plate.replace("-", " ").replace(".", "");

    Api.Answer noPurpose = Api.get("cases?plate=" + encode(printedOtherwise), officer());
    assertEquals(400, noPurpose.status());
    assertTrue(noPurpose.json().getString("detail").contains("mục đích"), noPurpose.body());

    JsonObject found =
        Api.get("cases?plate=" + encode(printedOtherwise) + "&" + PURPOSE, officer()).json();
    assertEquals(1, found.getInt("matching"));
    JsonObject row = found.getJsonArray("rows").getJsonObject(0);
    assertEquals(number, row.getString("caseNumber"));
    assertEquals("DETECTED", row.getString("state"));
    assertEquals(
        1,
        countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'PLATE_SEARCHED' AND object_id = ?"
                + " AND personal_data AND purpose = 'Kiểm tra'",
            key(plate)));

    JsonObject elsewhere =
        Api.get("cases?plate=" + encode(plate) + "&" + PURPOSE, Keycloak.userToken("officer2"))
            .json();
    assertEquals(0, elsewhere.getInt("matching"), "another area's officer finds nothing");

    // The place: a province-wide searcher narrows to a ward; a ward's officer may not look outside.
    String byPlate = "cases?plate=" + encode(plate) + "&" + PURPOSE;
    assertEquals(1, Api.get(byPlate + "&area=GL.QUY_NHON", supervisor()).json().getInt("matching"));
    assertEquals(0, Api.get(byPlate + "&area=GL.PLEIKU", supervisor()).json().getInt("matching"));
    Api.Answer outside = Api.get("cases?area=GL.PLEIKU", officer());
    assertEquals(403, outside.status());
    assertTrue(outside.json().getString("detail").contains("GL.PLEIKU"), outside.body());
    assertEquals(422, Api.get("cases?area=" + encode("gl quy nhon"), officer()).status());

    JsonObject filtered =
        Api.get(
                "cases?camera="
                    + CAMERA
                    + "&state=DETECTED&type=RED_LIGHT&size=5&from="
                    + encode(recently().minusHours(1).toString()),
                supervisor())
            .json();
    assertTrue(filtered.getJsonArray("rows").size() <= 5);
    for (JsonObject each : filtered.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      assertEquals(CAMERA, each.getString("cameraCode"));
      assertEquals("DETECTED", each.getString("state"));
    }
    assertEquals(422, Api.get("cases?state=LOST", officer()).status());
    assertEquals(400, Api.get("cases?from=yesterday", officer()).status());
    assertEquals(403, Api.get("cases", Keycloak.userToken("coordinator")).status());
  }

  static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  // --- helpers

  static String uniquePlate() {
    int n = ThreadLocalRandom.current().nextInt(100_000);
    return String.format("81A-%03d.%02d", n / 100, n % 100);
  }

  static String key(String plate) {
    return plate.replace("-", "").replace(".", "").replace(" ", "");
  }

  static OffsetDateTime recently() {
    return OffsetDateTime.now(ZoneOffset.ofHours(7))
        .minusMinutes(30)
        .truncatedTo(ChronoUnit.SECONDS)
        .minusSeconds(ThreadLocalRandom.current().nextInt(600));
  }

  static String event(String plate, String type, OffsetDateTime at) {
    return event(plate, type, at, "CAR");
  }

  static String event(String plate, String type, OffsetDateTime at, String vehicleClass) {
    return """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s","type":"%s",
         "plate":"%s","plateConfidence":94.5,"vehicleClass":"%s","lane":"1","images":[]}
        """
        .formatted(
            SOURCE,
            Long.toHexString(ThreadLocalRandom.current().nextLong()),
            CAMERA,
            at,
            type,
            plate,
            vehicleClass);
  }

  static String sourceToken() {
    return Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
  }

  static List<Long> ingest(List<String> events) {
    Api.Answer answer =
        Api.post("events", sourceToken(), "{\"events\":[" + String.join(",", events) + "]}");
    assertEquals(200, answer.status(), answer.body());
    List<Long> ids = new ArrayList<>();
    for (JsonObject item : answer.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertEquals("ACCEPTED", item.getString("outcome"), item.toString());
      ids.add(item.getJsonNumber("eventId").longValue());
    }
    return ids;
  }

  /** The number of the case the event joined, once the handover has processed it. */
  static String caseOf(long eventId) throws Exception {
    return Cases.numberOf(eventId, java.time.Duration.ofSeconds(30));
  }

  static long countOf(String sql, Object parameter) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  static String officer() {
    return Keycloak.userToken("officer");
  }

  static String supervisor() {
    return Keycloak.userToken("supervisor");
  }

  static Api.Answer view(String number, String token) {
    return Api.get("cases/" + number + "?" + PURPOSE, token);
  }

  static String confirm(String plate, String type) {
    return "{\"verdict\":\"CONFIRM\",\"plate\":\"%s\",\"violationType\":\"%s\"}"
        .formatted(plate, type);
  }

  static String reject(String reason) {
    return "{\"verdict\":\"REJECT\",\"reason\":\"%s\"}".formatted(reason);
  }

  /** The answer's JSON, with its HTTP status under "_status" for the assertions. */
  static JsonObject review(String number, String token, String body) {
    return withStatus(Api.post("cases/" + number + "/reviews", token, body));
  }

  static JsonObject resolve(String number, String token, String body) {
    return withStatus(Api.post("cases/" + number + "/resolution", token, body));
  }

  static JsonObject withStatus(Api.Answer answer) {
    JsonObject json =
        answer.body().isBlank() ? jakarta.json.Json.createObjectBuilder().build() : answer.json();
    return jakarta.json.Json.createObjectBuilder(json).add("_status", answer.status()).build();
  }

  static int status(JsonObject answer) {
    return answer.getInt("_status");
  }
}
