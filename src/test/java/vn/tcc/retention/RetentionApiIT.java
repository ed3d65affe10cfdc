package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The retention API against the real server, database and Keycloak: policy versions (only an
 * administrator adds one; invalid input is 422 in the caller's language), legal holds (in the
 * camera's commune only; lifted by a supervisor other than the placer, once), the dashboard, and
 * hostile input answered 4xx. Uses the demo cameras GL-QN-0001 (Quy Nhon) and the realm's users.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionApiIT {
  private static final String QUY_NHON_CAMERA = "GL-QN-0001";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** A first day far enough ahead, and different on each run, that no earlier run took it. */
  private static String freshFutureDay() {
    return LocalDate.now(ZoneOffset.ofHours(7))
        .plusDays(30 + ThreadLocalRandom.current().nextInt(3000))
        .toString();
  }

  private static String policyChange(String period, String from, String reason) {
    return """
        {"dataClass":"FALSE_DETECTION","level":"PROVINCIAL_CENTER","ownerType":"ANY",
         "period":"%s","endAction":"DELETE","legalBasis":"Luật Xử lý vi phạm hành chính, Điều 6 (kiểm thử).",
         "effectiveFrom":"%s","reason":"%s"}
        """
        .formatted(period, from, reason);
  }

  /** A camera range of its own for each hold, so runs do not meet each other's holds. */
  private static String cameraHold(String camera) {
    OffsetDateTime from =
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .minusDays(2)
            .truncatedTo(ChronoUnit.SECONDS)
            .minusMinutes(ThreadLocalRandom.current().nextInt(100_000));
    return """
        {"cameraCode":"%s","from":"%s","to":"%s","reason":"Điều tra va chạm (kiểm thử)",
         "decisionNumber":"IT-%d/QĐ"}
        """
        .formatted(camera, from, from.plusHours(2), System.nanoTime());
  }

  @Test
  void an_administrator_adds_a_policy_version_others_are_refused() {
    String day = freshFutureDay();
    Api.Answer added =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("P2Y", day, "Kiểm thử"));
    assertEquals(201, added.status(), added.body());
    assertEquals("P2Y", added.json().getString("period"));
    assertTrue(added.json().getInt("version") >= 2, added.body());

    JsonArray versions =
        Api.get(
                "retention/policies?class=FALSE_DETECTION&level=PROVINCIAL_CENTER&at=" + day,
                Keycloak.userToken("auditor"))
            .jsonArray();
    assertTrue(
        versions.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(v -> v.getBoolean("inForce") && v.getString("effectiveFrom").equals(day)),
        versions.toString());

    Api.Answer sameDay =
        Api.post(
            "retention/policies", Keycloak.userToken("admin"), policyChange("P3Y", day, "Lại"));
    assertEquals(409, sameDay.status(), sameDay.body());

    for (String user : new String[] {"officer", "supervisor", "auditor", "coordinator"}) {
      assertEquals(
          403,
          Api.post(
                  "retention/policies",
                  Keycloak.userToken(user),
                  policyChange("P2Y", freshFutureDay(), "x"))
              .status(),
          user);
    }
    assertEquals(403, Api.get("retention/policies", Keycloak.userToken("coordinator")).status());
  }

  @Test
  void an_invalid_policy_is_422_with_each_field_in_the_callers_language() {
    Api.Answer vietnamese =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("30 ngày", "2026-13-45", " "));
    assertEquals(422, vietnamese.status(), vietnamese.body());
    assertTrue(vietnamese.contentType().startsWith("application/problem+json"));
    String messages = vietnamese.json().getJsonArray("errors").toString();
    assertTrue(messages.contains("không đúng định dạng ISO-8601"), messages);
    assertTrue(messages.contains("Bắt buộc nhập"), messages);

    Api.Answer english =
        Api.send(
            "POST",
            "retention/policies",
            Keycloak.userToken("admin"),
            "application/json",
            policyChange("P30D", "2020-01-01", "Shorter").getBytes(StandardCharsets.UTF_8),
            "en");
    assertEquals(422, english.status(), english.body());
    assertTrue(english.json().getString("detail").contains("2020-01-01"), english.body());
    assertFalse(english.body().contains("Ngày hiệu lực"), "English, as asked: " + english.body());

    Api.Answer farAway =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("P30D", "+999999999-12-31", "x"));
    assertEquals(422, farAway.status(), farAway.body());
    Api.Answer hugePeriod =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("P99999Y", freshFutureDay(), "x"));
    assertEquals(422, hugePeriod.status(), hugePeriod.body());
    Api.Answer nul =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("P30D", freshFutureDay(), "a\\u0000b"));
    assertEquals(422, nul.status(), nul.body());
    Api.Answer huge =
        Api.post(
            "retention/policies",
            Keycloak.userToken("admin"),
            policyChange("P30D", freshFutureDay(), "x".repeat(200_000)));
    assertEquals(422, huge.status(), huge.body());
    assertEquals(
        400, Api.post("retention/policies", Keycloak.userToken("admin"), "{not json").status());
  }

  @Test
  void a_hold_is_lifted_by_another_supervisor_not_by_the_one_who_placed_it() {
    Api.Answer placed =
        Api.post("retention/holds", Keycloak.userToken("supervisor"), cameraHold(QUY_NHON_CAMERA));
    assertEquals(201, placed.status(), placed.body());
    long id = placed.json().getJsonNumber("id").longValue();
    assertEquals("IN_FORCE", placed.json().getString("state"));
    assertEquals("GL.QUY_NHON", placed.json().getString("jurisdiction"));

    JsonObject dashboard = Api.get("retention/dashboard", Keycloak.userToken("admin")).json();
    assertTrue(
        dashboard.getJsonArray("holdsInForce").stream()
            .anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == id),
        "the dashboard lists the hold in force");

    String why = "{\"reason\":\"Vụ việc đã xử lý xong (kiểm thử)\"}";
    Api.Answer byPlacer =
        Api.post("retention/holds/" + id + "/lift", Keycloak.userToken("supervisor"), why);
    assertEquals(403, byPlacer.status(), byPlacer.body());
    assertEquals(
        403,
        Api.post("retention/holds/" + id + "/lift", Keycloak.userToken("officer"), why).status());
    assertEquals(
        422,
        Api.post(
                "retention/holds/" + id + "/lift",
                Keycloak.userToken("supervisor2"),
                "{\"reason\":\" \"}")
            .status());

    Api.Answer byAnother =
        Api.post("retention/holds/" + id + "/lift", Keycloak.userToken("supervisor2"), why);
    assertEquals(200, byAnother.status(), byAnother.body());
    assertEquals("LIFTED", byAnother.json().getString("state"));
    assertEquals("supervisor2", byAnother.json().getString("liftedBy"));
    assertEquals(
        409,
        Api.post("retention/holds/" + id + "/lift", Keycloak.userToken("supervisor2"), why)
            .status());
    assertEquals(
        404,
        Api.post("retention/holds/999999999999/lift", Keycloak.userToken("supervisor2"), why)
            .status());
  }

  @Test
  void holds_stay_inside_the_callers_commune() {
    Api.Answer otherCommune =
        Api.post("retention/holds", Keycloak.userToken("officer2"), cameraHold(QUY_NHON_CAMERA));
    assertEquals(404, otherCommune.status(), "a Pleiku officer does not see Quy Nhon's cameras");

    Api.Answer own =
        Api.post("retention/holds", Keycloak.userToken("officer"), cameraHold(QUY_NHON_CAMERA));
    assertEquals(201, own.status(), own.body());
    long id = own.json().getJsonNumber("id").longValue();

    JsonArray pleiku =
        Api.get("retention/holds?size=200", Keycloak.userToken("officer2"))
            .json()
            .getJsonArray("items");
    assertFalse(
        pleiku.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == id),
        "Pleiku does not list Quy Nhon's hold");
    JsonArray province =
        Api.get("retention/holds?size=200", Keycloak.userToken("supervisor2"))
            .json()
            .getJsonArray("items");
    assertTrue(
        province.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == id),
        "the province sees every commune's holds");

    Api.Answer caseByCommune =
        Api.post(
            "retention/holds",
            Keycloak.userToken("officer"),
            "{\"caseNumber\":\"VP-2026-1\",\"reason\":\"r\",\"decisionNumber\":\"d\"}");
    assertEquals(403, caseByCommune.status(), caseByCommune.body());
    Api.Answer caseByProvince =
        Api.post(
            "retention/holds",
            Keycloak.userToken("supervisor"),
            "{\"caseNumber\":\"VP-2026-"
                + System.nanoTime() % 1_000_000
                + "\",\"reason\":\"Khởi kiện\","
                + "\"decisionNumber\":\"IT/TB-TAND\",\"heldThrough\":\""
                + freshFutureDay()
                + "\"}");
    assertEquals(201, caseByProvince.status(), caseByProvince.body());
    assertEquals(
        403,
        Api.post("retention/holds", Keycloak.userToken("auditor"), cameraHold(QUY_NHON_CAMERA))
            .status());
    assertEquals(403, Api.get("retention/holds", Keycloak.userToken("coordinator")).status());
  }

  @Test
  void hostile_paging_and_fields_are_4xx_never_5xx() {
    String token = Keycloak.userToken("supervisor");
    for (String query :
        new String[] {"size=-1", "size=0", "size=99999999999", "page=-5", "page=x", "state=%00"}) {
      Api.Answer answer = Api.get("retention/holds?" + query, token);
      assertEquals(422, answer.status(), query + " " + answer.body());
    }
    String yearFar =
        "{\"cameraCode\":\"GL-QN-0001\",\"from\":\"+999999999-01-01T00:00:00Z\",\"to\":\"+999999999-01-02T00:00:00Z\","
            + "\"reason\":\"r\",\"decisionNumber\":\"d\"}";
    assertEquals(422, Api.post("retention/holds", token, yearFar).status());
    String nul = "{\"caseNumber\":\"VP-1\",\"reason\":\"a\\u0000b\",\"decisionNumber\":\"d\"}";
    assertEquals(422, Api.post("retention/holds", token, nul).status());
    String huge =
        "{\"caseNumber\":\""
            + "9".repeat(100_000)
            + "\",\"reason\":\"r\",\"decisionNumber\":\"d\"}";
    assertEquals(422, Api.post("retention/holds", token, huge).status());
    assertEquals(422, Api.get("retention/policies?at=999999999-01-01", token).status());
    assertEquals(404, Api.post("retention/holds/abc/lift", token, "{\"reason\":\"r\"}").status());
  }

  @Test
  void the_dashboard_answers_with_volumes_for_overseers_only() {
    Api.Answer answer = Api.get("retention/dashboard", Keycloak.userToken("admin"));
    assertEquals(200, answer.status(), answer.body());
    JsonObject figures = answer.json();
    // The volumes come from the owning modules' RetentionSource beans over the demo data (plate
    // reads, quarantined events): an empty list means no source answered.
    assertFalse(figures.getJsonArray("volumes").isEmpty(), figures.toString());
    assertTrue(figures.containsKey("due"));
    assertTrue(figures.getInt("forecastCap") > 0);

    assertEquals(200, Api.get("retention/dashboard", Keycloak.userToken("auditor")).status());
    assertEquals(403, Api.get("retention/dashboard", Keycloak.userToken("officer")).status());
    assertEquals(403, Api.get("retention/dashboard", Keycloak.userToken("coordinator")).status());
    assertEquals(401, Api.get("retention/dashboard", null).status());
  }
}
