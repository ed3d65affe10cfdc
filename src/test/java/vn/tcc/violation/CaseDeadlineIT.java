package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The deadlines of Circular 73/2024 Art. 24 against the real server: the stored due dates are moved
 * into the past (as if the days had gone by) and the deadline timer, reading only what is stored,
 * escalates the unidentified case once, warns the registration agency and the commune police of an
 * unanswered motorbike notice, marks an unpaid fine overdue and charges the late fee.
 */
@ExtendWith(ArquillianExtension.class)
class CaseDeadlineIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_unidentified_case_is_escalated_once_and_a_supervisor_resumes_it() throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    String number =
        ViolationCaseIT.caseOf(
            ViolationCaseIT.ingest(
                    List.of(ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently())))
                .get(0));
    sql(
        "UPDATE violation.violation_case SET identification_due = current_date - 1"
            + " WHERE case_number = ?",
        number);

    JsonObject escalated = waitForState(number, "ESCALATED");
    assertEquals("DETECTED", escalated.getString("escalatedFrom"));
    JsonArray timeline = escalated.getJsonArray("timeline");
    JsonObject last = timeline.getJsonObject(timeline.size() - 1);
    assertEquals("system", last.getString("actor"));
    assertTrue(last.getString("reason").contains("Quá hạn xác định"), last.toString());
    assertTrue(overdue(Keycloak.userToken("officer")).contains(number + "/IDENTIFICATION"));
    assertTrue(
        !overdue(Keycloak.userToken("officer2")).contains(number + "/IDENTIFICATION"),
        "another area's list does not show it");

    String resume = "{\"to\":\"DETECTED\",\"reason\":\"Đã giao đội xử lý, gia hạn\"}";
    assertEquals(
        403,
        Api.post("cases/" + number + "/moves", Keycloak.userToken("officer"), resume).status());
    JsonObject resumed =
        Api.post("cases/" + number + "/moves", Keycloak.userToken("supervisor"), resume).json();
    assertEquals("DETECTED", resumed.getString("state"), resumed.toString());
    Thread.sleep(25_000); // longer than a deadline tick
    assertEquals(
        "DETECTED",
        ViolationCaseIT.view(number, Keycloak.userToken("officer")).json().getString("state"),
        "escalated once, not again after the supervisor resumed it");
  }

  @Test
  void an_unanswered_motorbike_notice_warns_the_agency_and_the_commune_police() throws Exception {
    String number = CaseSettlementIT.noticedCase("MOTORCYCLE");
    sql(
        "UPDATE violation.violation_case SET response_due = current_date - 1 WHERE case_number = ?",
        number);
    long deadline = System.currentTimeMillis() + 60_000;
    Set<String> recipients = Set.of();
    while (recipients.size() < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(1_000);
      recipients =
          Set.copyOf(
              List.of(overdue(Keycloak.userToken("supervisor")).split(",")).stream()
                  .filter(line -> line.startsWith(number + "/RESPONSE"))
                  .collect(Collectors.toSet()));
    }
    assertEquals(
        Set.of(number + "/RESPONSE/REGISTRATION_AGENCY", number + "/RESPONSE/COMMUNE_POLICE"),
        recipients);
    JsonObject view = ViolationCaseIT.view(number, Keycloak.userToken("officer")).json();
    assertEquals("NOTICE_ISSUED", view.getString("state"), "a warning, not a move");
    String timeline = view.getJsonArray("timeline").toString();
    assertTrue(timeline.contains("Công an cấp xã"), timeline);
  }

  @Test
  void an_unpaid_fine_is_overdue_and_the_late_fee_is_owed() throws Exception {
    String number = CaseSettlementIT.noticedCase("CAR");
    Api.post("cases/" + number + "/penalty", CaseSettlementIT.officer(), "{\"fineVnd\":20000000}");
    // Decided 13 days ago: due 3 days ago, so 3 days late at 0.05 % a day = 30,000 đ.
    sql(
        "UPDATE violation.violation_case SET penalty_decided_at = now() - interval '13 days',"
            + " payment_due = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 3 WHERE case_number = ?",
        number);
    long deadline = System.currentTimeMillis() + 60_000;
    while (!overdue(Keycloak.userToken("officer")).contains(number + "/PAYMENT")) {
      assertTrue(System.currentTimeMillis() < deadline, "marked overdue within a minute");
      Thread.sleep(1_000);
    }
    JsonObject settlement =
        ViolationCaseIT.view(number, Keycloak.userToken("officer"))
            .json()
            .getJsonObject("settlement");
    assertEquals(30_000, settlement.getJsonNumber("lateFeeNowVnd").longValue());
    assertEquals(20_030_000, settlement.getJsonNumber("owedNowVnd").longValue());
    Api.Answer short_ =
        Api.post(
            "cases/" + number + "/payments",
            CaseSettlementIT.officer(),
            "{\"receiptNumber\":\"BL-S-%s\",\"amountVnd\":20000000}".formatted(number));
    assertEquals(422, short_.status());
    assertTrue(short_.json().getString("detail").contains("20030000"), short_.body());
    Api.Answer paid =
        Api.post(
            "cases/" + number + "/payments",
            CaseSettlementIT.officer(),
            "{\"receiptNumber\":\"BL-%s\",\"amountVnd\":20030000}".formatted(number));
    assertEquals("CLOSED", paid.json().getString("state"), paid.body());
  }

  /** The overdue list as "case/DEADLINE/RECIPIENT,…". */
  static String overdue(String token) {
    Api.Answer answer = Api.get("cases/overdue?limit=500", token);
    assertEquals(200, answer.status(), answer.body());
    return String.join(
        ",",
        answer.jsonArray().getValuesAs(JsonObject.class).stream()
            .map(
                b ->
                    b.getString("caseNumber")
                        + "/"
                        + b.getString("deadline")
                        + "/"
                        + b.getString("recipient"))
            .toList());
  }

  static JsonObject waitForState(String number, String state) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonObject view = ViolationCaseIT.view(number, Keycloak.userToken("officer")).json();
      if (state.equals(view.getString("state"))) {
        return view;
      }
      assertTrue(System.currentTimeMillis() < deadline, number + " never became " + state);
      Thread.sleep(1_000);
    }
  }

  static void sql(String update, String number) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement statement = db.prepareStatement(update)) {
      statement.setString(1, number);
      assertEquals(1, statement.executeUpdate());
    }
  }
}
