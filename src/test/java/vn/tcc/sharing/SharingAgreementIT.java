package vn.tcc.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The sharing API against the real server, database and Keycloak: the access check's refusal matrix
 * (expired, revoked, suspended, draft, wrong purpose, wrong camera, wrong unit, outside hours, a
 * compulsory grant past its term) and its allowed cases, each in the access log and on the audit
 * trail; a provider sees only his own agreements and accesses (without officers' names) and his
 * revocation stops access at once; hostile input is 4xx. Each case registers a camera of its own
 * for the demo business GL-VTVH (the demo user {@code provider}), so cases and runs do not meet.
 */
@ExtendWith(ArquillianExtension.class)
class SharingAgreementIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String SHA = "ab".repeat(32);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** A camera of the bus company (owner GL-VTVH, an organization) in Quy Nhon, new on each call. */
  private static String businessCamera() {
    String code =
        "GL-QN-SH"
            + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
            + ThreadLocalRandom.current().nextInt(100);
    Api.Answer created =
        Api.post(
            "cameras",
            Keycloak.userToken("admin"),
            TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Camera chia sẻ (kiểm thử)")
                .replace("\"ownerCode\":\"GL-CA\"", "\"ownerCode\":\"GL-VTVH\""));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  private static String agreement(
      String camera,
      String basis,
      String decision,
      String startTime,
      String endTime,
      LocalDate from,
      LocalDate to,
      String sha) {
    return """
        {"providerCode":"GL-VTVH","title":"Thỏa thuận kiểm thử %s","receivingUnit":"GL.QUY_NHON",
         "cameraCodes":["%s"],"dataTypes":["LIVE_VIEW","RECORDINGS"],
         "purposes":["SECURITY_AND_ORDER","INCIDENT_INVESTIGATION"],
         "startTime":"%s","endTime":"%s",
         "daysOfWeek":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
         "legalBasis":"%s",%s"storagePlace":"COMMUNE_CENTER","retentionDays":30,
         "startsOn":"%s","endsOn":"%s"%s}
        """
        .formatted(
            camera,
            camera,
            startTime,
            endTime,
            basis,
            decision == null ? "" : "\"decisionNumber\":\"" + decision + "\",",
            from,
            to,
            sha == null ? "" : ",\"documentSha256\":\"" + sha + "\"");
  }

  private static String allDay(String camera) {
    return agreement(
        camera, "VOLUNTARY_ART18", null, "00:00", "00:00", today(), today().plusDays(60), SHA);
  }

  private static long draft(String body) {
    Api.Answer drafted = Api.post("sharing/agreements", Keycloak.userToken("admin"), body);
    assertEquals(201, drafted.status(), drafted.body());
    assertEquals("DRAFT", drafted.json().getString("state"));
    return drafted.json().getJsonNumber("id").longValue();
  }

  private static JsonObject move(long id, String step, String user) {
    Api.Answer moved =
        Api.post(
            "sharing/agreements/" + id + "/" + step,
            Keycloak.userToken(user),
            "{\"reason\":\"Kiểm thử: " + step + "\"}");
    assertEquals(200, moved.status(), moved.body());
    return moved.json();
  }

  private static long active(String body) {
    long id = draft(body);
    assertEquals("ACTIVE", move(id, "activation", "admin").getString("state"));
    return id;
  }

  private static JsonObject check(String user, String camera, String dataType, String purpose) {
    Api.Answer answer =
        Api.post(
            "sharing/access-checks",
            Keycloak.userToken(user),
            "{\"cameraCode\":\"%s\",\"dataType\":\"%s\",\"purpose\":\"%s\"}"
                .formatted(camera, dataType, purpose));
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static JsonObject check(String camera) {
    return check("officer", camera, "LIVE_VIEW", "SECURITY_AND_ORDER");
  }

  /** The check's answer, its access-log row and its audit entry all say the same. */
  private static void assertRecorded(String camera, boolean allowed, String reason)
      throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement log =
            db.prepareStatement(
                "SELECT allowed, reason, actor FROM sharing.access_log WHERE camera_code = ?"
                    + " ORDER BY id DESC LIMIT 1");
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT action, outcome, details FROM audit.entry WHERE object_type = 'camera'"
                    + " AND object_id = ? AND action LIKE 'SHARING_ACCESS_%' ORDER BY seq DESC"
                    + " LIMIT 1")) {
      log.setString(1, camera);
      try (ResultSet row = log.executeQuery()) {
        assertTrue(row.next(), "an access-log row for " + camera);
        assertEquals(allowed, row.getBoolean("allowed"));
        assertEquals(reason, row.getString("reason"));
      }
      audit.setString(1, camera);
      try (ResultSet row = audit.executeQuery()) {
        assertTrue(row.next(), "an audit entry for " + camera);
        assertEquals(
            allowed ? "SHARING_ACCESS_ALLOWED" : "SHARING_ACCESS_REFUSED", row.getString("action"));
        assertEquals(allowed ? "SUCCESS" : "DENIED", row.getString("outcome"));
        assertTrue(row.getString("details").contains(reason), row.getString("details"));
      }
    }
  }

  private static void assertRefused(JsonObject answer, String camera, String reason)
      throws SQLException {
    assertFalse(answer.getBoolean("allowed"), answer.toString());
    assertEquals(reason, answer.getString("reason"), answer.toString());
    assertRecorded(camera, false, reason);
  }

  private static void assertAllowed(JsonObject answer, String camera, long agreement)
      throws SQLException {
    assertTrue(answer.getBoolean("allowed"), answer.toString());
    assertEquals("AGREEMENT", answer.getString("reason"));
    assertEquals(agreement, answer.getJsonNumber("agreementId").longValue());
    assertRecorded(camera, true, "AGREEMENT");
  }

  /** Moves an agreement's term into the past behind TCC's back, as time would. */
  private static void termEndedYesterday(long id, int days) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE sharing.agreement SET starts_on = ?, ends_on = ? WHERE id = ?")) {
      update.setObject(1, today().minusDays(days));
      update.setObject(2, today().minusDays(1));
      update.setLong(3, id);
      assertEquals(1, update.executeUpdate());
    }
  }

  @Test
  void an_active_agreement_allows_its_data_purposes_unit_and_hours() throws SQLException {
    String camera = businessCamera();
    long id = active(allDay(camera));
    assertAllowed(check(camera), camera, id);
    assertAllowed(check("officer3", camera, "RECORDINGS", "INCIDENT_INVESTIGATION"), camera, id);

    JsonObject police = check("GL-QN-0001");
    assertTrue(police.getBoolean("allowed"), "police cameras are not governed by agreements");
    assertEquals("NOT_A_SHARED_CAMERA", police.getString("reason"));
  }

  @Test
  void the_refusal_matrix_each_refusal_logged_and_audited() throws SQLException {
    String noAgreement = businessCamera();
    assertRefused(check(noAgreement), noAgreement, "NO_AGREEMENT");

    String drafted = businessCamera();
    draft(allDay(drafted));
    assertRefused(check(drafted), drafted, "NOT_ACTIVE");

    String suspended = businessCamera();
    long suspendedId = active(allDay(suspended));
    assertEquals("SUSPENDED", move(suspendedId, "suspension", "admin").getString("state"));
    assertRefused(check(suspended), suspended, "SUSPENDED");

    String revoked = businessCamera();
    long revokedId = active(allDay(revoked));
    move(revokedId, "revocation", "admin");
    assertRefused(check(revoked), revoked, "REVOKED");

    String purpose = businessCamera();
    active(allDay(purpose));
    assertRefused(
        check("officer", purpose, "LIVE_VIEW", "TRAFFIC_VIOLATION_HANDLING"),
        purpose,
        "WRONG_PURPOSE");
    assertRefused(
        check("officer", purpose, "EVENTS", "SECURITY_AND_ORDER"), purpose, "WRONG_DATA_TYPE");
    assertRefused(
        check("officer2", purpose, "LIVE_VIEW", "SECURITY_AND_ORDER"), purpose, "WRONG_UNIT");

    String hours = businessCamera();
    LocalTime now = LocalTime.now(VIETNAM);
    active(
        agreement(
            hours,
            "VOLUNTARY_ART18",
            null,
            now.plusHours(2).format(HH_MM),
            now.plusHours(3).format(HH_MM),
            today(),
            today().plusDays(60),
            SHA));
    assertRefused(check(hours), hours, "OUTSIDE_HOURS");

    String expired = businessCamera();
    long expiredId = active(allDay(expired));
    termEndedYesterday(expiredId, 30);
    assertRefused(check(expired), expired, "TERM_ENDED");
    Api.Answer run = Api.post("sharing/agreements/expiry-runs", Keycloak.userToken("admin"), "");
    // 200 with what it did; the hourly timer may have expired it first, which is as good.
    assertEquals(200, run.status(), run.body());
    JsonObject afterRun =
        Api.get("sharing/agreements/" + expiredId, Keycloak.userToken("admin")).json();
    assertEquals("EXPIRED", afterRun.getString("state"), "the expiry ran by itself, no page visit");
    JsonObject last = last(afterRun.getJsonArray("timeline"));
    assertEquals("SYSTEM", last.getString("actorKind"));
    assertRefused(check(expired), expired, "EXPIRED");

    String emergency = businessCamera();
    long grant =
        active(
            agreement(
                emergency,
                "DISASTER",
                "IT 45/QĐ-UBND",
                "00:00",
                "00:00",
                today(),
                today().plusDays(5),
                SHA));
    assertAllowed(check(emergency), emergency, grant);
    termEndedYesterday(grant, 5);
    assertRefused(check(emergency), emergency, "COMPULSORY_GRANT_ENDED");
  }

  @Test
  void a_compulsory_grant_is_time_boxed_and_needs_its_decision() {
    String camera = businessCamera();
    Api.Answer tooLong =
        Api.post(
            "sharing/agreements",
            Keycloak.userToken("admin"),
            agreement(
                camera,
                "EMERGENCY",
                "IT 1/QĐ",
                "00:00",
                "00:00",
                today(),
                today().plusDays(45),
                SHA));
    assertEquals(422, tooLong.status(), tooLong.body());
    Api.Answer noDecision =
        Api.post(
            "sharing/agreements",
            Keycloak.userToken("admin"),
            agreement(camera, "RIOT", null, "00:00", "00:00", today(), today().plusDays(3), SHA));
    assertEquals(422, noDecision.status(), noDecision.body());
  }

  @Test
  void the_provider_sees_only_his_own_and_his_revocation_stops_access() throws SQLException {
    String camera = businessCamera();
    long id = active(allDay(camera));
    assertAllowed(check(camera), camera, id);

    String provider = Keycloak.userToken("provider");
    JsonArray own = Api.get("sharing/agreements?size=200", provider).json().getJsonArray("items");
    assertTrue(
        own.stream().map(JsonValue::asJsonObject).anyMatch(a -> idOf(a) == id), own.toString());
    assertTrue(
        own.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(a -> a.getString("providerCode").equals("GL-VTVH")),
        "nothing of another provider");

    JsonArray household =
        Api.get("sharing/agreements?provider=GL-PK-HGD01", Keycloak.userToken("admin"))
            .json()
            .getJsonArray("items");
    assertFalse(household.isEmpty(), "the demo household has agreements");
    long theirs = idOf(household.getJsonObject(0));
    assertEquals(404, Api.get("sharing/agreements/" + theirs, provider).status());
    assertEquals(
        404,
        Api.post(
                "sharing/agreements/" + theirs + "/revocation",
                provider,
                "{\"reason\":\"không phải của tôi\"}")
            .status());

    JsonArray accesses =
        Api.get("sharing/access-log?size=200", provider).json().getJsonArray("items");
    assertTrue(
        accesses.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(l -> l.getString("cameraCode").equals(camera)),
        "the provider sees the access to his camera");
    assertTrue(
        accesses.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(l -> !l.containsKey("actor") || l.isNull("actor")),
        "no officer's name: " + accesses);
    assertTrue(
        accesses.stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(l -> l.getString("cameraCode").equals("GL-PK-0003")),
        "nothing of the household's camera");

    assertEquals(
        403,
        Api.post("sharing/agreements/" + id + "/suspension", provider, "{\"reason\":\"x\"}")
            .status(),
        "a provider only ends sharing");
    assertEquals(403, Api.post("sharing/agreements", provider, allDay(camera)).status());
    assertEquals(403, Api.post("sharing/access-checks", provider, "{}").status());
    assertEquals(403, Api.get("cameras", provider).status(), "no staff API for a provider");

    JsonObject revoked =
        Api.post(
                "sharing/agreements/" + id + "/revocation",
                provider,
                "{\"reason\":\"Công ty không chia sẻ nữa\"}")
            .json();
    assertEquals("REVOKED", revoked.getString("state"));
    JsonObject line = last(revoked.getJsonArray("timeline"));
    assertEquals("PROVIDER", line.getString("actorKind"));
    assertRefused(check(camera), camera, "REVOKED");

    // Admin then records destruction and notice; the provider is told in his timeline.
    move(id, "destruction", "admin");
    move(id, "provider-notice", "admin");
    JsonObject seen = Api.get("sharing/agreements/" + id, provider).json();
    assertEquals("PROVIDER_NOTIFIED", seen.getString("state"));
    assertTrue(
        seen.getJsonArray("timeline").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actorKind").equals("ADMIN"))
            .allMatch(e -> !e.containsKey("actor") || e.isNull("actor")),
        "no police names in the provider's timeline");
  }

  @Test
  void staff_read_admins_manage_and_contact_reads_are_audited() throws SQLException {
    assertEquals(200, Api.get("sharing/agreements", Keycloak.userToken("auditor")).status());
    assertEquals(200, Api.get("sharing/agreements", Keycloak.userToken("officer")).status());
    assertEquals(403, Api.get("sharing/agreements", Keycloak.userToken("coordinator")).status());
    String camera = businessCamera();
    for (String user : List.of("officer", "supervisor", "auditor")) {
      assertEquals(
          403,
          Api.post("sharing/agreements", Keycloak.userToken(user), allDay(camera)).status(),
          user);
    }

    JsonObject plain =
        Api.get("sharing/providers/GL-VTVH", Keycloak.userToken("supervisor")).json();
    assertTrue(!plain.containsKey("contact") || plain.isNull("contact"), plain.toString());
    JsonObject withContact =
        Api.get(
                "sharing/providers/GL-VTVH?purpose=Li%C3%AAn%20h%E1%BB%87%20gia%20h%E1%BA%A1n",
                Keycloak.userToken("supervisor"))
            .json();
    assertEquals("Trần Văn Hòa", withContact.getJsonObject("contact").getString("name"));
    try (Connection db = Database.asApplication();
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT personal_data, purpose FROM audit.entry WHERE actor = 'supervisor' AND"
                    + " action = 'SHARING_PROVIDER_CONTACT_READ' ORDER BY seq DESC LIMIT 1");
        ResultSet row = audit.executeQuery()) {
      assertTrue(row.next());
      assertTrue(row.getBoolean("personal_data"));
      assertEquals("Liên hệ gia hạn", row.getString("purpose"));
    }
  }

  /** Issue 21: a contact person is encrypted at rest, the demo's (written by SQL) as well. */
  @Test
  void a_providers_contact_is_stored_encrypted_and_read_back_whole() throws SQLException {
    String code = "GL-QN-HGD-" + Long.toString(System.nanoTime() % 1_000_000);
    Api.Answer registered =
        Api.post(
            "sharing/providers",
            Keycloak.userToken("admin"),
            """
            {"code":"%s","kind":"HOUSEHOLD","name":"Hộ ông Đỗ Văn Bình","jurisdiction":"GL.QUY_NHON",
             "contactName":"Đỗ Văn Bình","contactPhone":"0905 777 888","contactEmail":null}
            """
                .formatted(code));
    assertEquals(201, registered.status(), registered.body());
    JsonObject read =
        Api.get(
                "sharing/providers/"
                    + code
                    + "?purpose=Li%C3%AAn%20h%E1%BB%87%20l%E1%BA%AFp%20%C4%91%E1%BA%B7t",
                Keycloak.userToken("supervisor"))
            .json();
    assertEquals("Đỗ Văn Bình", read.getJsonObject("contact").getString("name"));
    assertEquals("0905 777 888", read.getJsonObject("contact").getString("phone"));
    for (String stored : List.of(code, "GL-VTVH")) {
      try (Connection db = Database.asApplication();
          PreparedStatement row =
              db.prepareStatement(
                  "SELECT contact_name, contact_phone, contact_email, contact_sealed"
                      + " FROM sharing.provider WHERE code = ?")) {
        row.setString(1, stored);
        try (ResultSet r = row.executeQuery()) {
          assertTrue(r.next(), stored);
          assertEquals(null, r.getString("contact_name"), stored);
          assertEquals(null, r.getString("contact_phone"), stored);
          assertEquals(null, r.getString("contact_email"), stored);
          String sealed = r.getString("contact_sealed");
          assertTrue(sealed.startsWith("tcc1:"), stored + ": " + sealed);
          assertFalse(sealed.contains("Bình") || sealed.contains("Hòa") || sealed.contains("0905"));
        }
      }
    }
  }

  @Test
  void hostile_input_is_answered_4xx() {
    String admin = Keycloak.userToken("admin");
    String camera = businessCamera();
    String good = allDay(camera);
    assertEquals(
        422,
        Api.post("sharing/agreements", admin, good.replace("Thỏa thuận", "a\\u0000b")).status());
    assertEquals(
        422,
        Api.post("sharing/agreements", admin, good.replace("Thỏa thuận", "x".repeat(100_000)))
            .status());
    assertEquals(
        422,
        Api.post(
                "sharing/agreements",
                admin,
                good.replace(today().plusDays(60).toString(), "+999999999-12-31"))
            .status());
    assertEquals(
        422,
        Api.post("sharing/agreements", admin, good.replace("\"00:00\"", "\"25:99\"")).status());
    assertEquals(
        422,
        Api.post(
                "sharing/agreements",
                admin,
                good.replace("\"retentionDays\":30", "\"retentionDays\":-5"))
            .status());
    assertEquals(
        422, Api.post("sharing/agreements", admin, good.replace("GL-VTVH", "GL-CA")).status());
    assertEquals(400, Api.post("sharing/agreements", admin, "{not json").status());
    assertEquals(422, Api.get("sharing/agreements?size=-1", admin).status());
    assertEquals(422, Api.get("sharing/agreements?size=99999999999", admin).status());
    assertEquals(422, Api.get("sharing/agreements?page=-3", admin).status());
    assertEquals(422, Api.get("sharing/agreements?state=NOPE", admin).status());
    assertEquals(404, Api.get("sharing/agreements/999999999999", admin).status());
    int longQuery = Api.get("sharing/agreements?provider=" + "A".repeat(100_000), admin).status();
    assertTrue(longQuery >= 400 && longQuery < 500, "a 100k query is 4xx: " + longQuery);

    String officer = Keycloak.userToken("officer");
    assertEquals(
        422,
        Api.post(
                "sharing/access-checks",
                officer,
                "{\"cameraCode\":\"%s\",\"dataType\":\"LIVE_VIEW\",\"purpose\":\"SECURITY_AND_ORDER\",\"dataTime\":\"+999999999-01-01T00:00:00Z\"}"
                    .formatted(camera))
            .status());
    assertEquals(
        422,
        Api.post(
                "sharing/access-checks",
                officer,
                "{\"cameraCode\":\"a\\u0000b\",\"dataType\":\"X\",\"purpose\":\"\"}")
            .status());
    Api.Answer problem = Api.post("sharing/access-checks", officer, "{\"cameraCode\":\"x\"}");
    assertEquals(422, problem.status());
    assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
  }

  private static long idOf(JsonObject agreement) {
    return agreement.getJsonNumber("id").longValue();
  }

  private static JsonObject last(JsonArray timeline) {
    return timeline.getJsonObject(timeline.size() - 1);
  }
}
