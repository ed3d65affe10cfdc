package vn.tcc.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
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
 * Enforcement on evidence reads against the real server, database and Keycloak: an event with an
 * image comes in through the ingestion API on a business's camera; an officer downloading the image
 * outside the agreement's hours or purpose is refused with 403 problem+json, in the access log and
 * on the audit trail with the reason; inside, it is served and audited with the agreement's id. A
 * compulsory grant allows nothing until a second supervisor approves it, then allows; past its term
 * it refuses. The provider sees the accesses and the approved grant on his own API, downloads the
 * receipt issued at signing and, once the data is destroyed, the certificate (both opened with
 * POI).
 */
@ExtendWith(ArquillianExtension.class)
class SharingEnforcementIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String SHA = "cd".repeat(32);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  record Evidence(String camera, String sha256, OffsetDateTime at) {}

  /** A camera of the bus company GL-VTVH in Quy Nhon, new on each call. */
  private static String businessCamera() {
    String code =
        "GL-QN-EN"
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

  /** An event with a PNG image, taken 30 minutes ago on the camera, through the ingestion API. */
  private static Evidence eventWithImage(String camera) throws Exception {
    byte[] content = new byte[2048];
    ThreadLocalRandom.current().nextBytes(content);
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, content, 0, 8);
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
    String event =
        """
        {"sourceId":"QN-CLUSTER-SHARING","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
         "type":"RED_LIGHT","plate":"77A-%05d","plateConfidence":94.0,
         "images":[{"kind":"overview","data":"%s"}]}
        """
            .formatted(
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                camera,
                at,
                ThreadLocalRandom.current().nextInt(100_000),
                Base64.getEncoder().encodeToString(content));
    Api.Answer answer =
        Api.post(
            "events",
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
            "{\"events\":[" + event + "]}");
    assertEquals(200, answer.status(), answer.body());
    assertEquals(
        "ACCEPTED",
        answer.json().getJsonArray("items").getJsonObject(0).getString("outcome"),
        answer.body());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    return new Evidence(camera, sha, at);
  }

  private static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  private static long activeAgreement(
      String camera, String dataTypes, String purposes, String start, String end) {
    String body =
        """
        {"providerCode":"GL-VTVH","title":"Thỏa thuận kiểm thử %s","receivingUnit":"GL.QUY_NHON",
         "cameraCodes":["%s"],"dataTypes":[%s],"purposes":[%s],"startTime":"%s","endTime":"%s",
         "daysOfWeek":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
         "legalBasis":"VOLUNTARY_ART18","storagePlace":"COMMUNE_CENTER","retentionDays":30,
         "startsOn":"%s","endsOn":"%s","documentSha256":"%s"}
        """
            .formatted(
                camera,
                camera,
                dataTypes,
                purposes,
                start,
                end,
                today().minusDays(2),
                today().plusDays(60),
                SHA);
    Api.Answer drafted = Api.post("sharing/agreements", Keycloak.userToken("admin"), body);
    assertEquals(201, drafted.status(), drafted.body());
    long id = drafted.json().getJsonNumber("id").longValue();
    Api.Answer active =
        Api.post(
            "sharing/agreements/" + id + "/activation",
            Keycloak.userToken("admin"),
            "{\"reason\":\"Đã ký (kiểm thử)\"}");
    assertEquals(200, active.status(), active.body());
    return id;
  }

  private static Api.Answer download(Evidence evidence, String purpose) {
    return Api.get(
        "evidence/"
            + evidence.sha256()
            + "?purpose="
            + URLEncoder.encode(purpose, StandardCharsets.UTF_8),
        Keycloak.userToken("officer"));
  }

  private static void assertRefused(Api.Answer answer, Evidence evidence, String reason)
      throws SQLException {
    assertEquals(403, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals(403, answer.json().getInt("status"));
    assertLogged(evidence.camera(), false, reason, null);
  }

  /** The newest access-log row and audit entry of the camera say the same. */
  private static void assertLogged(String camera, boolean allowed, String reason, String by)
      throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement log =
            db.prepareStatement(
                "SELECT allowed, reason, agreement_id, grant_id, data_type, actor"
                    + " FROM sharing.access_log WHERE camera_code = ? ORDER BY id DESC LIMIT 1");
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
        assertEquals("SNAPSHOTS", row.getString("data_type"));
        assertEquals("officer", row.getString("actor"));
        if (by != null) {
          String column = by.startsWith("agreement ") ? "agreement_id" : "grant_id";
          assertEquals(Long.parseLong(by.substring(by.indexOf(' ') + 1)), row.getLong(column));
        }
      }
      audit.setString(1, camera);
      try (ResultSet row = audit.executeQuery()) {
        assertTrue(row.next(), "an audit entry for " + camera);
        assertEquals(
            allowed ? "SHARING_ACCESS_ALLOWED" : "SHARING_ACCESS_REFUSED", row.getString("action"));
        assertEquals(allowed ? "SUCCESS" : "DENIED", row.getString("outcome"));
        assertTrue(row.getString("details").contains(reason), row.getString("details"));
        if (by != null) {
          assertTrue(row.getString("details").contains(by), row.getString("details"));
        }
      }
    }
  }

  /** The evidence read itself is on the audit trail, naming what allowed it. */
  private static void assertEvidenceReadAudited(String sha256, String by) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT details FROM audit.entry WHERE action = 'EVIDENCE_READ'"
                    + " AND object_id = ? ORDER BY seq DESC LIMIT 1")) {
      audit.setString(1, sha256);
      try (ResultSet row = audit.executeQuery()) {
        assertTrue(row.next(), "an evidence read of " + sha256);
        assertTrue(row.getString("details").contains(by), row.getString("details"));
      }
    }
  }

  @Test
  void evidence_of_a_shared_camera_only_within_its_agreement() throws Exception {
    String camera = businessCamera();
    Evidence evidence = eventWithImage(camera);

    // No agreement at all.
    assertRefused(download(evidence, "SECURITY_AND_ORDER: kiểm thử"), evidence, "NO_AGREEMENT");

    // An agreement whose hours do not include the time the image was taken.
    String start = evidence.at().atZoneSameInstant(VIETNAM).plusHours(3).format(HH_MM);
    String end = evidence.at().atZoneSameInstant(VIETNAM).plusHours(4).format(HH_MM);
    activeAgreement(camera, "\"SNAPSHOTS\"", "\"SECURITY_AND_ORDER\"", start, end);
    assertRefused(download(evidence, "SECURITY_AND_ORDER: kiểm thử"), evidence, "OUTSIDE_HOURS");
    assertRefused(
        download(evidence, "TRAFFIC_VIOLATION_HANDLING: kiểm thử"), evidence, "WRONG_PURPOSE");

    // An all-day agreement for security and order: allowed, with its id everywhere.
    long allDay =
        activeAgreement(camera, "\"SNAPSHOTS\"", "\"SECURITY_AND_ORDER\"", "00:00", "00:00");
    Api.Answer served = download(evidence, "SECURITY_AND_ORDER: kiểm thử");
    assertEquals(200, served.status(), served.body());
    assertLogged(camera, true, "AGREEMENT", "agreement " + allDay);
    assertEvidenceReadAudited(evidence.sha256(), "agreement=" + allDay);
    // The purpose named apart from the text counts as well; a purpose from no list does not.
    Api.Answer named =
        Api.get(
            "evidence/" + evidence.sha256() + "?purpose=x&purposeCode=SECURITY_AND_ORDER",
            Keycloak.userToken("officer"));
    assertEquals(200, named.status(), named.body());
    Api.Answer unlisted = download(evidence, "xem cho biết");
    assertEquals(403, unlisted.status(), unlisted.body());

    // The provider sees the accesses to his camera, without the officer's name.
    boolean seen = false;
    for (JsonValue item :
        Api.get("sharing/access-log?size=200", Keycloak.userToken("provider"))
            .json()
            .getJsonArray("items")) {
      JsonObject entry = item.asJsonObject();
      if (camera.equals(entry.getString("cameraCode")) && entry.getBoolean("allowed")) {
        seen = true;
        assertEquals(allDay, entry.getJsonNumber("agreementId").longValue());
        assertTrue(!entry.containsKey("actor") || entry.isNull("actor"), entry.toString());
        assertEquals("SNAPSHOTS", entry.getString("dataType"));
      }
    }
    assertTrue(seen, "the provider sees the allowed access to " + camera);

    // The receipt issued at signing downloads for the provider and opens as a Word document.
    String receipt = wordText("sharing/agreements/" + allDay + "/documents/receipt", "provider");
    assertTrue(receipt.contains("Mã biên nhận"), receipt);
    assertTrue(receipt.contains("Cách rút lại đồng ý"), receipt);
    assertTrue(receipt.contains(SHA), receipt);
    // No certificate before the data is destroyed: not found.
    // (A Word download: asked as JSON it would be 406 before it could be 404.)
    assertEquals(
        404,
        Api.download(
                "sharing/agreements/" + allDay + "/documents/destruction-certificate",
                Keycloak.userToken("admin"))
            .statusCode());

    // Revoked by the provider, the data destroyed: the certificate downloads for both sides.
    assertEquals(
        200,
        Api.post(
                "sharing/agreements/" + allDay + "/revocation",
                Keycloak.userToken("provider"),
                "{\"reason\":\"Thôi chia sẻ (kiểm thử)\"}")
            .status());
    assertEquals(
        200,
        Api.post(
                "sharing/agreements/" + allDay + "/destruction",
                Keycloak.userToken("admin"),
                "{\"reason\":\"Đã xóa ảnh nhận được (kiểm thử)\"}")
            .status());
    String certificate =
        wordText("sharing/agreements/" + allDay + "/documents/destruction-certificate", "provider");
    assertTrue(certificate.contains("Đã xóa ảnh nhận được (kiểm thử)"), certificate);
    assertTrue(
        wordText("sharing/agreements/" + allDay + "/documents/destruction-certificate", "admin")
            .contains("Thời điểm hủy"));
  }

  /** Downloads a Word document and reads its text with POI. */
  private static String wordText(String path, String user) throws Exception {
    java.net.http.HttpResponse<byte[]> file = Api.download(path, Keycloak.userToken(user));
    assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
    try (org.apache.poi.xwpf.usermodel.XWPFDocument word =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(file.body()));
        org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
            new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
      return text.getText();
    }
  }

  private static String grantBody(String camera) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
    return """
        {"providerCode":"GL-VTVH","legalBasis":"EMERGENCY","decisionNumber":"IT-%s/QĐ",
         "receivingUnit":"GL.QUY_NHON","cameraCodes":["%s"],"dataTypes":["SNAPSHOTS"],
         "purposes":["INCIDENT_INVESTIGATION"],"validFrom":"%s","validUntil":"%s",
         "reason":"Cháy lớn tại bến xe (kiểm thử)"}
        """
        .formatted(camera, camera, now.minusHours(1), now.plusHours(2));
  }

  @Test
  void a_compulsory_grant_allows_once_a_second_supervisor_approves_and_refuses_when_expired()
      throws Exception {
    String camera = businessCamera();
    Evidence evidence = eventWithImage(camera);
    String purpose = "INCIDENT_INVESTIGATION: vụ cháy";

    Api.Answer requested =
        Api.post("sharing/grants", Keycloak.userToken("supervisor"), grantBody(camera));
    assertEquals(201, requested.status(), requested.body());
    long grant = requested.json().getJsonNumber("id").longValue();
    assertEquals("REQUESTED", requested.json().getString("state"));
    assertRefused(download(evidence, purpose), evidence, "NO_AGREEMENT");

    // Four eyes: the requester may not approve, an officer may not approve at all.
    Api.Answer own =
        Api.post("sharing/grants/" + grant + "/approval", Keycloak.userToken("supervisor"), "{}");
    assertEquals(403, own.status(), own.body());
    assertEquals(
        403,
        Api.post("sharing/grants/" + grant + "/approval", Keycloak.userToken("officer"), "{}")
            .status());
    Api.Answer approved =
        Api.post(
            "sharing/grants/" + grant + "/approval",
            Keycloak.userToken("supervisor2"),
            "{\"note\":\"Đồng ý\"}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().getString("state"));
    assertTrue(approved.json().getBoolean("inForce"));

    Api.Answer served = download(evidence, purpose);
    assertEquals(200, served.status(), served.body());
    assertLogged(camera, true, "COMPULSORY_GRANT", "grant " + grant);
    assertEvidenceReadAudited(evidence.sha256(), "grant=" + grant);

    // The provider sees the approved grant, without officers' names.
    boolean shown = false;
    for (JsonValue item :
        Api.get("sharing/grants", Keycloak.userToken("provider")).json().getJsonArray("items")) {
      JsonObject shownGrant = item.asJsonObject();
      if (shownGrant.getJsonNumber("id").longValue() == grant) {
        shown = true;
        assertTrue(
            !shownGrant.containsKey("requestedBy") || shownGrant.isNull("requestedBy"),
            shownGrant.toString());
        assertNotNull(shownGrant.getString("decisionNumber"));
      }
    }
    assertTrue(shown, "the provider sees grant " + grant);

    // Time passes behind TCC's back: the grant's term is over.
    try (Connection db = Database.asApplication();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE sharing.compulsory_grant SET valid_from = now() - interval '3 hours',"
                    + " valid_until = now() - interval '1 minute' WHERE id = ?")) {
      update.setLong(1, grant);
      assertEquals(1, update.executeUpdate());
    }
    assertRefused(download(evidence, purpose), evidence, "COMPULSORY_GRANT_ENDED");
  }

  @Test
  void hostile_grant_requests_are_4xx() {
    String token = Keycloak.userToken("supervisor");
    for (String body :
        new String[] {
          "{}",
          "not json",
          grantBody("GL-QN-0001"),
          grantBody("x".repeat(100_000)),
          grantBody("A\u0000B"),
          grantBody("GL-QN-0004").replace("EMERGENCY", "VOLUNTARY_ART18"),
          grantBody("GL-QN-0004")
              .replaceAll("\"validFrom\":\"[^\"]*\"", "\"validFrom\":\"+999999999-01-01T00:00Z\"")
        }) {
      Api.Answer answer = Api.post("sharing/grants", token, body);
      assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " " + body);
    }
    assertEquals(404, Api.get("sharing/grants/999999999999", token).status());
    Api.Answer page = Api.get("sharing/grants?size=-5", token);
    assertEquals(422, page.status(), page.body());
    assertFalse(Api.get("sharing/grants", Keycloak.userToken("provider")).status() >= 500);
  }
}
