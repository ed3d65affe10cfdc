package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
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

/**
 * The commune → province review against the real server, database, Keycloak and evidence
 * directories: a red-light event with its image comes in through the ingestion API, its file is put
 * in Quy Nhon's review queue (as the nightly dry run would, in SQL: planning is
 * RetentionPurgeIT's), and then an officer's queue shows only his commune, another commune's
 * officer is refused on the item, the transfer copies the file to the provincial directory with
 * matching SHA-256 and chain-of-custody rows, the commune copy is gone, the evidence is still read
 * from its new place, and province staff see the arrival. Hostile input is 4xx, never 5xx.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionReviewTransferIT {
  static final String CAMERA = "GL-QN-0004";
  static final String SOURCE = "QN-CLUSTER-REVIEW";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** A queued file of Quy Nhon: its review item id and SHA-256. */
  record Queued(long item, String sha256, byte[] content) {}

  /** A PNG (by its signature) unique to this call, as a camera's overview image. */
  static byte[] image() {
    byte[] content = new byte[2048];
    ThreadLocalRandom.current().nextBytes(content);
    byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a");
    System.arraycopy(png, 0, content, 0, png.length);
    return content;
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** Ingests a red-light event with the image and queues the image for Quy Nhon's review. */
  static Queued queuedFile() throws Exception {
    byte[] content = image();
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
    String event =
        """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
         "type":"RED_LIGHT","plate":"77A-%05d","plateConfidence":94.0,
         "images":[{"kind":"overview","data":"%s"}]}
        """
            .formatted(
                SOURCE,
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                CAMERA,
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
    String sha256 = sha256(content);
    assertTrue(Files.exists(communeFile(sha256)), "the image entered the commune store");
    try (Connection db = Database.asApplication();
        PreparedStatement insert =
            db.prepareStatement(
                """
                INSERT INTO retention.review_item (data_class, item_id, jurisdiction_code,
                            camera_code, captured_from, captured_to, due_at, size_bytes, sha256,
                            description, policy_key, expires_at)
                VALUES ('VIOLATION_EVIDENCE', ?, 'GL.QUY_NHON', ?, ?, ?, now(), ?, ?,
                        'image/png of a red-light event (IT)',
                        'VIOLATION_EVIDENCE/COMMUNE_CENTER/ANY/v1', now() + interval '30 days')
                RETURNING id
                """)) {
      insert.setString(1, sha256);
      insert.setString(2, CAMERA);
      insert.setTimestamp(3, Timestamp.from(at.toInstant()));
      insert.setTimestamp(4, Timestamp.from(at.toInstant()));
      insert.setLong(5, content.length);
      insert.setString(6, sha256);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return new Queued(row.getLong(1), sha256, content);
      }
    }
  }

  static Path store(String directory, String sha256) {
    return Path.of(System.getProperty("jboss.home"), "standalone", "data", directory)
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  static Path communeFile(String sha256) {
    return store("tcc-evidence", sha256);
  }

  static Path provinceFile(String sha256) {
    return store("tcc-evidence-province", sha256);
  }

  static String transferBody(long item, String reason) {
    return "{\"items\":[" + item + "],\"reason\":\"" + reason + "\"}";
  }

  @Test
  void an_officer_transfers_his_communes_file_verified_at_the_province_with_its_custody()
      throws Exception {
    Queued queued = queuedFile();
    String officer = Keycloak.userToken("officer");

    Api.Answer own = Api.get("retention/review/queue?cameraCode=" + CAMERA + "&size=200", officer);
    assertEquals(200, own.status(), own.body());
    List<JsonObject> items = own.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(items.stream().anyMatch(i -> i.getJsonNumber("id").longValue() == queued.item()));
    assertTrue(
        Api.get("retention/review/queue?size=200", officer)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .allMatch(i -> i.getString("jurisdiction").equals("GL.QUY_NHON")),
        "only his commune");

    String pleiku = Keycloak.userToken("officer2");
    assertEquals(403, Api.get("retention/review/queue?commune=GL.QUY_NHON", pleiku).status());
    assertFalse(
        Api.get("retention/review/queue?size=200", pleiku).body().contains(queued.sha256()),
        "Pleiku's queue does not list Quy Nhon's file");
    Api.Answer refused =
        Api.post("retention/review/transfers", pleiku, transferBody(queued.item(), "Thử"));
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertTrue(Files.exists(communeFile(queued.sha256())), "the refusal moved nothing");

    Api.Answer sent =
        Api.post(
            "retention/review/transfers",
            officer,
            transferBody(queued.item(), "Vụ va chạm tại bến xe: lưu lâu dài (kiểm thử)"));
    assertEquals(201, sent.status(), sent.body());
    JsonObject custody = sent.json().getJsonArray("custody").getJsonObject(0);
    assertEquals(queued.sha256(), custody.getString("sha256Before"));
    assertEquals(queued.sha256(), custody.getString("sha256After"));
    assertEquals("COMMUNE:GL.QUY_NHON", custody.getString("fromLocation"));
    assertEquals("PROVINCE", custody.getString("toLocation"));
    assertEquals("officer", custody.getString("movedBy"));
    long transfer = sent.json().getJsonNumber("id").longValue();

    assertTrue(Files.exists(provinceFile(queued.sha256())), "copied to the provincial store");
    assertEquals(queued.sha256(), sha256(Files.readAllBytes(provinceFile(queued.sha256()))));
    assertFalse(Files.exists(communeFile(queued.sha256())), "the commune copy is gone");
    assertEquals(
        "PROVINCIAL_CENTER",
        text("SELECT location FROM vms.evidence WHERE sha256 = ?", queued.sha256()));
    assertEquals(
        "TRANSFERRED", text("SELECT state FROM retention.review_item WHERE id = ?", queued.item()));
    assertEquals(
        provinceFile(queued.sha256()).toString(),
        text(
            "SELECT to_path FROM retention.custody_entry WHERE transfer_id = ? AND item_id = ?"
                + " AND sha256_before = sha256_after AND moved_by = 'officer'",
            transfer,
            queued.sha256()));

    // GL-QN-0004 is the bus company's camera, shared with Quy Nhơn under an agreement: its
    // footage is read by that unit for a purpose the agreement names (issue 16's check).
    HttpResponse<byte[]> read =
        Api.download(
            "evidence/"
                + queued.sha256()
                + "?purpose=SECURITY_AND_ORDER%3A%20Ki%E1%BB%83m%20th%E1%BB%AD",
            Keycloak.userToken("officer"));
    assertEquals(200, read.statusCode());
    assertArrayEquals(queued.content(), read.body(), "read from the provincial store");

    Api.Answer arrivals =
        Api.get(
            "retention/review/arrivals?from=GL.QUY_NHON&size=200",
            Keycloak.userToken("supervisor"));
    assertEquals(200, arrivals.status(), arrivals.body());
    assertTrue(
        arrivals.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                a ->
                    a.getString("fromCommune").equals("GL.QUY_NHON")
                        && a.getJsonObject("custody").getString("itemId").equals(queued.sha256())),
        arrivals.body());
    assertEquals(403, Api.get("retention/review/arrivals", officer).status(), "province only");
    Api.Answer detail =
        Api.get("retention/review/transfers/" + transfer, Keycloak.userToken("auditor"));
    assertEquals(200, detail.status(), detail.body());
    assertEquals(403, Api.get("retention/review/transfers/" + transfer, pleiku).status());

    Api.Answer again =
        Api.post("retention/review/transfers", officer, transferBody(queued.item(), "Lại"));
    assertEquals(409, again.status(), again.body());
    assertTrue(
        count(
                "SELECT count(*) FROM audit.entry WHERE action = ? AND object_id = ?",
                "RETENTION_REVIEW_TRANSFERRED",
                Long.toString(transfer))
            == 1,
        "the transfer is on the audit trail");
  }

  @Test
  void releasing_an_item_lets_it_expire_for_the_purge() throws Exception {
    Queued queued = queuedFile();
    Api.Answer released =
        Api.post(
            "retention/review/releases",
            Keycloak.userToken("officer3"),
            "{\"items\":[" + queued.item() + "],\"reason\":\"Không liên quan (kiểm thử)\"}");
    assertEquals(200, released.status(), released.body());
    assertEquals(1, released.json().getInt("released"));
    assertEquals(
        "EXPIRED", text("SELECT state FROM retention.review_item WHERE id = ?", queued.item()));
    assertTrue(Files.exists(communeFile(queued.sha256())), "deleted by the purge, not now");
  }

  @Test
  void hostile_input_is_answered_4xx_never_5xx() throws Exception {
    Queued queued = queuedFile();
    String officer = Keycloak.userToken("officer");
    List<String> bodies =
        List.of(
            transferBody(queued.item(), "a\\u0000b"),
            transferBody(queued.item(), "x".repeat(100_000)),
            "{\"items\":[\"abc\"],\"reason\":\"x\"}",
            "{\"items\":[-1],\"reason\":\"x\"}",
            "{\"items\":[99999999999999999999999],\"reason\":\"x\"}",
            "{\"items\":[],\"reason\":\"x\"}",
            "{\"items\":" + java.util.Collections.nCopies(201, "1") + ",\"reason\":\"x\"}",
            "not json",
            "");
    for (String body : bodies) {
      Api.Answer answer = Api.post("retention/review/transfers", officer, body);
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          answer.status() + " for " + body.substring(0, Math.min(80, body.length())));
    }
    for (String query :
        List.of(
            "size=-1",
            "size=0",
            "size=99999999999",
            "page=-5",
            "page=abc",
            "state=%3Cscript%3E",
            "dataClass=NOPE",
            "commune=GL.QUY_NHON%00",
            "cameraCode=" + "x".repeat(100_000),
            "commune=" + "G".repeat(5000))) {
      Api.Answer answer = Api.get("retention/review/queue?" + query, officer);
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          answer.status() + " for " + query.substring(0, Math.min(80, query.length())));
    }
    assertEquals(
        "WAITING", text("SELECT state FROM retention.review_item WHERE id = ?", queued.item()));
    assertEquals(
        403, Api.get("retention/review/queue", Keycloak.userToken("coordinator")).status());
    // Left waiting, it would crowd the queue the browser test pages through: let it go.
    assertEquals(
        200,
        Api.post(
                "retention/review/releases",
                officer,
                "{\"items\":[" + queued.item() + "],\"reason\":\"Dọn sau kiểm thử\"}")
            .status());
  }

  private static String text(String sql, Object... parameters) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static long count(String sql, Object... parameters) throws Exception {
    String n = text(sql, parameters);
    return n == null ? 0 : Long.parseLong(n);
  }
}
