package vn.tcc.vms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.event.internal.evidence.EvidenceStore;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.internal.zoneminder.ZoneMinderAdapter;

/**
 * Evidence from the real ZoneMinder: a plate trigger on a linked camera becomes an event in TCC,
 * whose frame and clip are fetched into the evidence store with their SHA-256 and locked in
 * ZoneMinder; reading them checks the hash, needs a purpose, stays inside the jurisdiction and is
 * audited; a file altered on disk is refused.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceCaptureIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** The test stack's ZoneMinder, reached directly (not through TCC). */
  static final ZoneMinderAdapter ZM =
      new ZoneMinderAdapter(
          new VmsConnectionSettings(
              "ZM-IT",
              "ZoneMinder",
              URI.create(System.getProperty("tcc.zm.url", "http://127.0.0.1:8088/zm")),
              System.getProperty("tcc.zm.user", "admin"),
              System.getProperty("tcc.zm.password", "admin"),
              Duration.ofSeconds(10)),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());

  @Test
  void a_zoneminder_trigger_becomes_an_event_whose_frame_and_clip_are_kept_and_locked()
      throws Exception {
    String admin = Keycloak.userToken("admin");
    String supervisor = Keycloak.userToken("supervisor");
    JsonObject overview = Api.get("vms/connections/ZM-DEMO/cameras", admin).json();
    JsonObject monitor =
        overview.getJsonArray("vmsCameras").stream()
            .map(JsonValue::asJsonObject)
            .filter(row -> "GL-QN-0001".equals(row.getString("name")))
            .findFirst()
            .orElseThrow();
    String externalId = monitor.getString("externalId");
    if (!"GL-QN-0001".equals(monitor.getString("linkedCameraCode", null))) {
      Api.Answer linked =
          Api.post(
              "vms/connections/ZM-DEMO/links",
              admin,
              "{\"externalId\":\"%s\",\"cameraCode\":\"GL-QN-0001\",\"reason\":\"Nối camera vào ZoneMinder\"}"
                  .formatted(externalId));
      assertEquals(204, linked.status(), linked.body());
    }

    String plate = "81A" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    ZM.raiseEvent(
        externalId,
        new VmsEventRequest("ANPR", "plate=" + plate + " speed=92/70", Duration.ofSeconds(3), 200));
    long eventId = awaitEvent(plate);

    JsonObject evidence =
        VmsHealthIT.waitFor(
            "the capture of event " + eventId,
            "events/" + eventId + "/evidence",
            supervisor,
            // NONE until the handover has queued it, PENDING while the worker is at it.
            e ->
                !List.of("NONE", "PENDING").contains(e.getJsonObject("capture").getString("state")),
            150);
    assertEquals("DONE", evidence.getJsonObject("capture").getString("state"), evidence.toString());
    List<JsonObject> items =
        evidence.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(
        List.of("clip", "snapshot"),
        items.stream().map(i -> i.getString("kind")).sorted().toList());
    JsonObject snapshot = item(items, "snapshot");
    JsonObject clip = item(items, "clip");
    String recordingId = clip.getString("vmsRecordingId");
    assertEquals("ZM-DEMO", clip.getString("vmsCode"));
    assertTrue(clip.getBoolean("lockedInVms"));
    assertEquals("image/jpeg", snapshot.getString("mediaType"));
    assertEquals("video/mp4", clip.getString("mediaType"));

    // Locked in ZoneMinder: its own retention (and anyone's delete) leaves the recording.
    VmsRecording recording =
        ZM
            .recordings(
                externalId, java.time.Instant.now().minusSeconds(600), java.time.Instant.now())
            .stream()
            .filter(r -> r.recordingId().equals(recordingId))
            .findFirst()
            .orElseThrow();
    assertTrue(recording.protectedFromDeletion());
    assertEquals(VmsDeletion.LOCKED, ZM.delete(recordingId));

    // The bytes served are the bytes hashed at capture, and the answer says their digest.
    String sha = clip.getString("sha256");
    HttpResponse<byte[]> file =
        Api.download("evidence/" + sha + "?purpose=Xem%20xét%20vi%20phạm", supervisor);
    assertEquals(200, file.statusCode());
    assertEquals(sha, EvidenceStore.sha256(file.body()));
    assertEquals(clip.getJsonNumber("sizeBytes").longValue(), file.body().length);
    assertEquals(
        "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":",
        file.headers().firstValue("Repr-Digest").orElseThrow());
    assertEquals(1, auditCount("EVIDENCE_READ", sha, "SUCCESS"));

    // A look needs a purpose; another area's officer cannot see the event or its files.
    assertEquals(400, Api.download("evidence/" + sha, supervisor).statusCode());
    String pleiku = Keycloak.userToken("officer2");
    assertEquals(404, Api.get("events/" + eventId + "/evidence", pleiku).status());
    assertEquals(404, Api.download("evidence/" + sha + "?purpose=x", pleiku).statusCode());
    assertEquals(
        403,
        Api.get("events/" + eventId + "/evidence", Keycloak.clientToken(EVENTS, SECRET)).status());
    assertEquals(
        403,
        Api.download("evidence/" + sha + "?purpose=x", Keycloak.userToken("coordinator"))
            .statusCode());

    // A file changed on disk is refused, and that is recorded.
    Path stored = storedFile(snapshot.getString("sha256"));
    byte[] original = Files.readAllBytes(stored);
    try {
      byte[] altered = original.clone();
      altered[altered.length / 2] ^= 0x01;
      Files.write(stored, altered);
      Api.Answer refused =
          Api.get("evidence/" + snapshot.getString("sha256") + "?purpose=Kiểm%20tra", supervisor);
      assertEquals(500, refused.status());
      assertTrue(refused.body().contains("SHA-256"), refused.body());
      assertEquals(1, auditCount("EVIDENCE_TAMPERED", snapshot.getString("sha256"), "FAILED"));
    } finally {
      Files.write(stored, original);
    }
    HttpResponse<byte[]> restored =
        Api.download("evidence/" + snapshot.getString("sha256") + "?purpose=x", supervisor);
    assertArrayEquals(original, restored.body());

    // Asking again for a capture that is done changes nothing; an officer outside may not ask.
    assertEquals(202, Api.post("events/" + eventId + "/evidence/capture", supervisor, "").status());
    assertEquals(
        "DONE",
        Api.get("events/" + eventId + "/evidence", supervisor)
            .json()
            .getJsonObject("capture")
            .getString("state"));
    assertEquals(404, Api.post("events/" + eventId + "/evidence/capture", pleiku, "").status());

    ZM.unprotect(recordingId);
    assertEquals(VmsDeletion.DELETED, ZM.delete(recordingId));
  }

  private static final String EVENTS = "tcc-event-source";
  private static final String SECRET = "event-source-dev-secret";

  private static JsonObject item(List<JsonObject> items, String kind) {
    return items.stream().filter(i -> kind.equals(i.getString("kind"))).findFirst().orElseThrow();
  }

  private static Path storedFile(String sha256) {
    return Path.of(System.getProperty("jboss.home"), "standalone", "data", "tcc-evidence")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static long awaitEvent(String plate) throws Exception {
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      try (Connection db = Database.asApplication();
          PreparedStatement select =
              db.prepareStatement(
                  "SELECT id, event_type FROM vms.event WHERE plate = ? AND client_id = 'vms:ZM-DEMO'")) {
        select.setString(1, plate);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            assertEquals("SPEEDING", row.getString(2));
            return row.getLong(1);
          }
        }
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("ZoneMinder's event with plate " + plate + " never reached TCC");
  }

  private static long auditCount(String action, String objectId, String outcome) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE action = ? AND object_id = ? AND outcome = ?"
                    + " AND (NOT personal_data OR purpose IS NOT NULL)")) {
      select.setString(1, action);
      select.setString(2, objectId);
      select.setString(3, outcome);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
