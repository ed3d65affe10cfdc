package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
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
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Owner identification of verified cases through TCC's client and the authentication-center
 * simulator the test run starts: only the fields asked for are asked and kept, every request is
 * recorded and audited with its access id, a field the agency may not receive is refused, an outage
 * changes nothing and the retry reuses the request id, and the officer's daily limit holds.
 */
@ExtendWith(ArquillianExtension.class)
class OwnerIdentificationIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_owner_comes_with_only_the_fields_asked_for_on_record_and_audited() throws Exception {
    String number = verifiedCase();

    assertEquals(400, lookUp(number, "{\"fields\":[\"FULL_NAME\"]}").status(), "purpose required");

    Api.Answer answer =
        lookUp(
            number,
            "{\"purpose\":\"Gửi thông báo vi phạm\",\"fields\":[\"FULL_NAME\",\"PERMANENT_ADDRESS\"]}");
    assertEquals(200, answer.status(), answer.body());
    JsonObject view = answer.json();
    assertEquals("OWNER_IDENTIFIED", view.getString("state"));
    JsonObject owner = view.getJsonObject("owner");
    assertEquals(Set.of("FULL_NAME", "PERMANENT_ADDRESS"), owner.getJsonObject("fields").keySet());
    String accessId = owner.getString("centerAccessId");
    assertTrue(accessId.startsWith("TT-"), accessId);

    JsonObject access = accesses(number).getJsonObject(0);
    assertEquals(accessId, access.getString("accessId"));
    assertEquals("officer", access.getString("officer"));
    assertEquals("Gửi thông báo vi phạm", access.getString("purpose"));
    assertEquals(2, access.getJsonArray("fieldsAsked").size(), access.toString());

    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(*) FROM violation.identity_request WHERE state = 'ANSWERED'"
                + " AND center_access_id = ?",
            accessId));
    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'IDENTITY_LOOKUP_REQUESTED'"
                + " AND object_id = ? AND personal_data AND purpose = 'Gửi thông báo vi phạm'",
            number));
    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'VIOLATION_OWNER_IDENTIFIED'"
                + " AND object_id = ? AND details LIKE '%access="
                + accessId
                + "%'",
            number));

    // At rest the answer is encrypted (TCC_DATA_KEYS): the database holds no name or address.
    String fullName = owner.getJsonObject("fields").getString("FULL_NAME");
    try (java.sql.Connection db = vn.tcc.testing.Database.asApplication();
        java.sql.PreparedStatement query =
            db.prepareStatement(
                "SELECT o.owner::text, o.vehicle::text FROM violation.case_owner o"
                    + " JOIN violation.violation_case c ON c.id = o.case_id"
                    + " WHERE c.case_number = ?")) {
      query.setString(1, number);
      try (java.sql.ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the answer is stored");
        for (String stored : List.of(row.getString(1), row.getString(2))) {
          assertTrue(stored.startsWith("{\"sealed\": \"tcc1:"), stored);
          assertTrue(!stored.contains(fullName), "no name in clear: " + stored);
        }
      }
    }

    // An auditor sees that the owner was found, not who he is.
    JsonObject audited = ViolationCaseIT.view(number, Keycloak.userToken("auditor")).json();
    assertEquals(0, audited.getJsonObject("owner").getJsonObject("fields").size());
    assertEquals(409, lookUp(number, "{\"purpose\":\"again\"}").status(), "already identified");
  }

  @Test
  void a_field_the_agency_may_not_receive_is_refused_and_nothing_changes() throws Exception {
    String number = verifiedCase();
    Api.Answer refused =
        lookUp(number, "{\"purpose\":\"Gửi thông báo\",\"fields\":[\"FULL_NAME\",\"PHONE\"]}");
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.json().getString("detail").contains("PHONE"), refused.body());
    assertEquals("VERIFIED", ViolationCaseIT.view(number, officer()).json().getString("state"));
    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(*) FROM violation.identity_request r JOIN violation.violation_case c"
                + " ON c.id = r.case_id WHERE c.case_number = ? AND r.state = 'FAILED'",
            number));
    assertEquals(422, lookUp(number, "{\"purpose\":\"x\",\"fields\":[\"SHOE_SIZE\"]}").status());
  }

  @Test
  void an_outage_changes_nothing_and_the_retry_reuses_the_request() throws Exception {
    String number = verifiedCase();
    control("outage", "{\"mode\":\"DOWN\"}");
    try {
      Api.Answer down = lookUp(number, "{\"purpose\":\"Gửi thông báo\"}");
      assertEquals(503, down.status(), down.body());
      assertEquals("VERIFIED", ViolationCaseIT.view(number, officer()).json().getString("state"));
    } finally {
      control("outage", "{\"mode\":\"UP\"}");
    }
    Api.Answer retried = lookUp(number, "{\"purpose\":\"Gửi thông báo\"}");
    assertEquals(200, retried.status(), retried.body());
    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(DISTINCT r.access_request_id) FROM violation.identity_request r"
                + " JOIN violation.violation_case c ON c.id = r.case_id WHERE c.case_number = ?",
            number),
        "one request, asked twice");
  }

  @Test
  void a_plate_the_center_does_not_know_and_the_daily_limit_are_said_plainly() throws Exception {
    // The center knows no plate ending in 00000.
    String unknownPlate =
        "81"
            + (char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(20))
            + "-000.00";
    String number = verifiedCase(unknownPlate);
    Api.Answer unknown = lookUp(number, "{\"purpose\":\"Gửi thông báo\"}");
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals("VERIFIED", ViolationCaseIT.view(number, officer()).json().getString("state"));

    String other = verifiedCase();
    ModelNode limit = Operations.createAddOperation(limitProperty());
    limit.get("value").set("0");
    execute(limit);
    try {
      Api.Answer limited = lookUp(other, "{\"purpose\":\"Gửi thông báo\"}");
      assertEquals(429, limited.status(), limited.body());
      assertTrue(limited.json().getString("detail").contains("0"), limited.body());
    } finally {
      execute(Operations.createRemoveOperation(limitProperty()));
    }
    assertNotEquals(429, lookUp(other, "{\"purpose\":\"Gửi thông báo\"}").status());
  }

  // --- helpers

  static String verifiedCase() throws Exception {
    return verifiedCase(ViolationCaseIT.uniquePlate());
  }

  static String verifiedCase(String plate) throws Exception {
    String number =
        ViolationCaseIT.caseOf(
            ViolationCaseIT.ingest(
                    List.of(ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently())))
                .get(0));
    ViolationCaseIT.review(number, officer(), ViolationCaseIT.confirm(plate, "RED_LIGHT"));
    JsonObject verified =
        ViolationCaseIT.review(
            number, Keycloak.userToken("officer3"), ViolationCaseIT.confirm(plate, "RED_LIGHT"));
    assertEquals("VERIFIED", verified.getString("state"), verified.toString());
    return number;
  }

  static Api.Answer lookUp(String number, String body) {
    return Api.post("cases/" + number + "/owner-identification", officer(), body);
  }

  static String officer() {
    return Keycloak.userToken("officer");
  }

  static JsonArray accesses(String caseNumber) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(simulator() + "/_sim/accesses?caseReference=" + caseNumber))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject json =
        jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
    return json.getJsonArray("accesses");
  }

  static void control(String what, String json) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(simulator() + "/_sim/" + what))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
  }

  static String simulator() {
    return System.getProperty("tcc.identity.url", "http://127.0.0.1:8091");
  }

  private static ModelNode limitProperty() {
    ModelNode address = new ModelNode();
    address.add("system-property", "tcc.identity.dailyLimit");
    return address;
  }

  private void execute(ModelNode operation) throws Exception {
    ModelNode result = management.getControllerClient().execute(operation);
    assertEquals("success", result.get("outcome").asString(), result.toString());
  }
}
