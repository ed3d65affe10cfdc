package vn.tcc.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.UUID;
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
 * Issue 21's scheduled full-store verification, asked for through the API on the real server: a
 * file whose bytes were changed on disk and a file that is gone are both reported, with the hash
 * the changed one has now; the run is audited; an officer may not ask.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceStoreVerificationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_altered_file_and_a_missing_one_are_found_and_reported() throws Exception {
    String nonce = UUID.randomUUID().toString();
    String altered = sha256("ảnh chụp gốc " + nonce);
    String missing = sha256("tệp đã mất " + nonce);
    Path store = Path.of(System.getProperty("jboss.home"), "standalone", "data", "tcc-evidence");
    Path alteredFile = store.resolve(altered.substring(0, 2)).resolve(altered.substring(2, 4));
    Files.createDirectories(alteredFile);
    alteredFile = alteredFile.resolve(altered);
    Files.writeString(alteredFile, "ảnh đã bị sửa " + nonce, StandardCharsets.UTF_8);
    index(altered, missing);
    try {
      assertEquals(
          403, Api.post("evidence/verifications", Keycloak.userToken("officer"), "").status());

      Api.Answer asked = Api.post("evidence/verifications", Keycloak.userToken("auditor"), "");
      assertEquals(202, asked.status(), asked.body());
      long id = asked.json().getJsonNumber("id").longValue();

      JsonObject report = null;
      long deadline = System.currentTimeMillis() + 120_000;
      while (true) {
        report = Api.get("evidence/verifications", Keycloak.userToken("admin")).json();
        JsonObject run =
            report.getJsonArray("runs").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        if (run.getString("state").equals("DONE")) {
          assertTrue(run.getJsonNumber("filesChecked").longValue() >= 2, run.toString());
          assertTrue(run.getJsonNumber("filesMissing").longValue() >= 1, run.toString());
          assertTrue(run.getJsonNumber("filesAltered").longValue() >= 1, run.toString());
          break;
        }
        assertTrue(System.currentTimeMillis() < deadline, "verified within 2 minutes: " + run);
        Thread.sleep(1_000);
      }
      assertEquals(id, report.getJsonNumber("findingsOf").longValue());
      java.util.Map<String, JsonObject> findings = new java.util.HashMap<>();
      report
          .getJsonArray("findings")
          .getValuesAs(JsonObject.class)
          .forEach(f -> findings.put(f.getString("sha256"), f));
      JsonObject alteredFound = findings.get(altered);
      assertTrue(alteredFound != null, "the altered file reported: " + findings.keySet());
      assertEquals("ALTERED", alteredFound.getString("problem"));
      assertEquals("COMMUNE_CENTER", alteredFound.getString("store"));
      assertEquals(sha256("ảnh đã bị sửa " + nonce), alteredFound.getString("foundSha256"));
      JsonObject missingFound = findings.get(missing);
      assertTrue(missingFound != null, "the missing file reported: " + findings.keySet());
      assertEquals("MISSING", missingFound.getString("problem"));
      assertEquals(
          1,
          EventIngestionIT.count(
              "SELECT count(*) FROM audit.entry WHERE action = 'EVIDENCE_STORE_VERIFIED'"
                  + " AND outcome = 'FAILED' AND object_id = ?",
              Long.toString(id)));
    } finally {
      try (Connection db = Database.asApplication();
          PreparedStatement forget =
              db.prepareStatement("DELETE FROM vms.evidence WHERE sha256 IN (?, ?)")) {
        forget.setString(1, altered);
        forget.setString(2, missing);
        forget.executeUpdate();
      }
      Files.deleteIfExists(alteredFile);
    }
  }

  private static void index(String... files) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement add =
            db.prepareStatement(
                "INSERT INTO vms.evidence (sha256, media_type, size_bytes, captured_at,"
                    + " captured_by) VALUES (?, 'image/jpeg', 20, now(), 'EvidenceStoreVerificationIT')")) {
      for (String file : files) {
        add.setString(1, file);
        add.executeUpdate();
      }
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
