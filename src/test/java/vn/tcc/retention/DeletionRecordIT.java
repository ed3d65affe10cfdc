package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Signed deletion records against the real server, database and Keycloak: a manual deletion needs a
 * second supervisor, runs through the module that owns the data and leaves a record that verifies
 * (here and with openssl outside TCC); the same record altered in the database fails, naming the
 * checks that failed.
 *
 * <p>The items deleted are plate reads ingested here. It relies on the PLATE_READ retention source
 * (the sources engineer's) naming an item by its event id, as {@code RetainedRecord} suggests.
 */
@ExtendWith(ArquillianExtension.class)
class DeletionRecordIT {
  private static final String SOURCE = "QN-CLUSTER-RETENTION";
  private static final String CAMERA = "GL-QN-0004";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_manual_deletion_needs_a_second_supervisor_and_its_record_verifies(@TempDir Path dir)
      throws Exception {
    String itemId = Long.toString(ingestPlateRead());
    long requestId = request(itemId);

    assertEquals(403, approve(requestId, "supervisor").status(), "not the requester");
    assertEquals(403, approve(requestId, "admin").status(), "not an admin who is no supervisor");
    assertEquals(403, approve(requestId, "officer").status());

    Api.Answer approved = approve(requestId, "supervisor2");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("EXECUTED", approved.json().getString("state"));
    assertEquals("supervisor2", approved.json().getString("decidedBy"));
    long recordId = approved.json().getJsonNumber("recordId").longValue();
    assertEquals(409, approve(requestId, "supervisor2").status(), "decided once");

    String auditor = Keycloak.userToken("auditor");
    JsonObject detail = Api.get("retention/records/" + recordId, auditor).json();
    assertTrue(detail.getJsonObject("record").getBoolean("manual"));
    assertEquals(requestId, detail.getJsonObject("record").getJsonNumber("runId").longValue());
    assertEquals("supervisor", detail.getJsonObject("record").getString("requestedBy"));
    assertEquals("supervisor2", detail.getJsonObject("record").getString("approvedBy"));
    JsonObject item = detail.getJsonArray("items").getJsonObject(0);
    assertEquals(itemId, item.getString("itemId"));
    assertTrue(item.getString("legalBasis").contains("QĐ-"), item.toString());

    JsonObject verification = verify(recordId, auditor);
    assertTrue(verification.getBoolean("valid"), verification.toString());

    // Outside TCC, as the README tells a user: the document, its signature and the certificate.
    Files.write(
        dir.resolve("record.json"), download("retention/records/" + recordId + "/document"));
    Files.write(
        dir.resolve("record.p7s"), download("retention/records/" + recordId + "/signature"));
    Files.write(
        dir.resolve("center.pem"), download("retention/records/" + recordId + "/certificate"));
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                "record.p7s",
                "-content",
                "record.json",
                "-CAfile",
                "center.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(openssl.waitFor(60, TimeUnit.SECONDS));
    String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, openssl.exitValue(), said);

    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit.entry WHERE action = ? AND object_id = ?",
            "RETENTION_MANUAL_DELETION_REQUESTED",
            Long.toString(requestId)));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit.entry WHERE action = ? AND object_id = ?",
            "RETENTION_MANUAL_DELETION_APPROVED",
            Long.toString(requestId)));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit.entry WHERE action = ? AND object_id = ?",
            "RETENTION_DELETION_RECORD_VERIFIED",
            Long.toString(recordId)));
  }

  @Test
  void a_record_altered_in_the_database_fails_naming_the_check() throws Exception {
    long requestId = request(Long.toString(ingestPlateRead()));
    long recordId = approve(requestId, "supervisor2").json().getJsonNumber("recordId").longValue();
    String auditor = Keycloak.userToken("auditor");
    assertTrue(verify(recordId, auditor).getBoolean("valid"));

    // What an intruder with the database superuser would do: change an item's size in the
    // document (the table refuses updates, so he switches triggers off for his session).
    try (Connection db = Database.asSuperuser("tcc");
        PreparedStatement alter =
            db.prepareStatement(
                // The document is stored in parts (V18); its items are in the first part.
                "UPDATE retention.deletion_record_part SET bytes = convert_to(regexp_replace("
                    + "convert_from(bytes, 'UTF8'), '\"sizeBytes\":[0-9]+',"
                    + " '\"sizeBytes\":987654321'), 'UTF8') WHERE record_id = ? AND part = 0")) {
      db.createStatement().execute("SET session_replication_role = replica");
      alter.setLong(1, recordId);
      assertEquals(1, alter.executeUpdate());
    }

    JsonObject verification = verify(recordId, auditor);
    assertFalse(verification.getBoolean("valid"), verification.toString());
    List<String> failed = new ArrayList<>();
    for (JsonObject check : verification.getJsonArray("checks").getValuesAs(JsonObject.class)) {
      if (!check.getBoolean("passed")) {
        failed.add(check.getString("name"));
      }
    }
    assertEquals(List.of("DOCUMENT_HASH", "SIGNATURE"), failed, verification.toString());
  }

  @Test
  void a_request_is_rejected_by_another_supervisor_and_records_are_the_provinces()
      throws Exception {
    long requestId = request(Long.toString(ingestPlateRead()));
    Api.Answer own =
        Api.post(
            "retention/manual-deletions/" + requestId + "/rejection",
            Keycloak.userToken("supervisor"),
            "{\"reason\":\"Không\"}");
    assertEquals(403, own.status(), own.body());
    Api.Answer rejected =
        Api.post(
            "retention/manual-deletions/" + requestId + "/rejection",
            Keycloak.userToken("supervisor2"),
            "{\"reason\":\"Không đủ căn cứ\"}");
    assertEquals(200, rejected.status(), rejected.body());
    assertEquals("REJECTED", rejected.json().getString("state"));

    assertEquals(403, Api.get("retention/records", Keycloak.userToken("officer")).status());
    assertEquals(400, Api.get("retention/records?limit=0", Keycloak.userToken("auditor")).status());
    assertEquals(
        400, Api.get("retention/records?limit=201", Keycloak.userToken("auditor")).status());
    assertEquals(
        404, Api.get("retention/records/999999999", Keycloak.userToken("auditor")).status());
    Api.Answer unknownClass =
        Api.post(
            "retention/manual-deletions",
            Keycloak.userToken("supervisor"),
            "{\"dataClass\":\"NOPE\",\"itemIds\":[\"1\"],\"reason\":\"x\",\"decisionNumber\":\"1\"}");
    assertEquals(422, unknownClass.status(), unknownClass.body());
  }

  // --- helpers

  private static long request(String itemId) {
    Api.Answer requested =
        Api.post(
            "retention/manual-deletions",
            Keycloak.userToken("supervisor"),
            """
            {"dataClass":"PLATE_READ","itemIds":["%s"],
             "reason":"Dữ liệu ghi nhận nhầm trong thử nghiệm",
             "decisionNumber":"QĐ-%d/CAT"}
            """
                .formatted(itemId, ThreadLocalRandom.current().nextInt(1_000_000)));
    assertEquals(201, requested.status(), requested.body());
    assertEquals("REQUESTED", requested.json().getString("state"));
    return requested.json().getJsonNumber("id").longValue();
  }

  private static Api.Answer approve(long requestId, String user) {
    return Api.post(
        "retention/manual-deletions/" + requestId + "/approval", Keycloak.userToken(user), "");
  }

  private static JsonObject verify(long recordId, String token) {
    Api.Answer answer = Api.post("retention/records/" + recordId + "/verification", token, "");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static byte[] download(String path) {
    HttpResponse<byte[]> response = Api.download(path, Keycloak.userToken("auditor"));
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private static long ingestPlateRead() {
    int n = ThreadLocalRandom.current().nextInt(100_000);
    String plate = String.format("81B-%03d.%02d", n / 100, n % 100);
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
    String event =
        """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
         "type":"PLATE_READ","plate":"%s","plateConfidence":94.5,"vehicleClass":"CAR",
         "lane":"1","images":[]}
        """
            .formatted(
                SOURCE,
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                CAMERA,
                at,
                plate);
    Api.Answer answer =
        Api.post(
            "events",
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
            "{\"events\":[" + event + "]}");
    assertEquals(200, answer.status(), answer.body());
    JsonObject item = answer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), item.toString());
    return item.getJsonNumber("eventId").longValue();
  }

  private static long count(String sql, String first, String second) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, first);
      query.setString(2, second);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
