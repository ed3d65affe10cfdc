package vn.tcc.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** The registry through its API: jurisdiction, validation, history, optimistic locking, export. */
@ExtendWith(ArquillianExtension.class)
class CameraRegistryIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** A unique camera code per test, so tests do not depend on each other. */
  static String newCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String cameraJson(String code, String commune, String site, String name) {
    return TestCameras.json(code, commune, site, name);
  }

  private static List<String> codes(JsonObject page) {
    return page.getJsonArray("cameras").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> c.getString("code"))
        .toList();
  }

  @Test
  void a_commune_officer_sees_only_his_communes_cameras_and_a_supervisor_sees_the_province() {
    JsonObject officers = Api.get("cameras?limit=500", Keycloak.userToken("officer")).json();
    assertFalse(codes(officers).isEmpty());
    assertTrue(
        officers.getJsonArray("cameras").stream()
            .allMatch(c -> c.asJsonObject().getString("communeCode").equals("GL.QUY_NHON")));
    assertEquals(officers.getJsonNumber("total").longValue(), codes(officers).size());

    List<String> province =
        codes(Api.get("cameras?limit=500", Keycloak.userToken("supervisor")).json());
    assertTrue(province.contains("GL-PK-0001") && province.contains("GL-QN-0001"));

    // Asking for another commune's cameras finds nothing rather than widening the scope.
    assertEquals(
        0,
        Api.get("cameras?commune=GL.PLEIKU", Keycloak.userToken("officer"))
            .json()
            .getJsonNumber("total")
            .longValue());
    assertFalse(
        codes(Api.get("cameras?limit=500", Keycloak.userToken("officer2")).json())
            .contains("GL-QN-0001"));
  }

  @Test
  void another_communes_camera_is_not_found_and_the_attempt_is_audited() throws Exception {
    Api.Answer answer = Api.get("cameras/GL-PK-0001", Keycloak.userToken("officer"));
    assertEquals(404, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"));
    assertEquals(
        404, Api.get("cameras/GL-PK-0001/history", Keycloak.userToken("officer")).status());
    assertEquals(200, Api.get("cameras/GL-PK-0001", Keycloak.userToken("supervisor")).status());
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE actor = 'officer' AND action ="
                    + " 'CAMERA_VIEW_DENIED' AND object_id = 'GL-PK-0001' AND outcome = 'DENIED'")) {
      ResultSet rows = query.executeQuery();
      rows.next();
      assertTrue(rows.getLong(1) >= 2, "both denied looks are on the trail");
    }
  }

  @Test
  void filters_narrow_the_list_and_search_ignores_diacritics() {
    String token = Keycloak.userToken("supervisor");
    JsonObject offline = Api.get("cameras?health=OFFLINE&limit=500", token).json();
    assertTrue(
        offline.getJsonArray("cameras").stream()
            .allMatch(c -> c.asJsonObject().getString("health").equals("OFFLINE")));
    assertTrue(codes(offline).contains("GL-QN-0002"));

    assertTrue(
        codes(Api.get("cameras?q=nga%20tu%20phu%20tai", token).json()).contains("GL-QNB-0001"));
    assertTrue(
        codes(Api.get("cameras?q=Ng%C3%A3%20t%C6%B0%20Ph%C3%BA%20T%C3%A0i", token).json())
            .contains("GL-QNB-0001"));
    assertEquals(0, Api.get("cameras?q=100%25_", token).json().getJsonNumber("total").longValue());

    assertTrue(codes(Api.get("cameras?conformity=EXPIRING", token).json()).contains("GL-QN-0002"));
    assertTrue(codes(Api.get("cameras?conformity=EXPIRED", token).json()).contains("GL-QNN-0001"));
    assertTrue(codes(Api.get("cameras?purpose=HELMET", token).json()).contains("GL-PK-0001"));
    assertTrue(codes(Api.get("cameras?ownerType=HOUSEHOLD", token).json()).contains("GL-PK-0003"));
    assertEquals(400, Api.get("cameras?status=BROKEN", token).status());
    assertEquals(400, Api.get("cameras?limit=5000", token).status());

    List<String> byName = codes(Api.get("cameras?sort=NAME&order=desc&limit=500", token).json());
    assertTrue(byName.size() > 2);
  }

  @Test
  void create_update_and_history() {
    String token = Keycloak.userToken("officer");
    String code = newCode("GL-QN-IT");
    Api.Answer created =
        Api.post(
            "cameras", token, cameraJson(code, "GL.QUY_NHON", "GL-QN-CC", "Ngã tư thử nghiệm"));
    assertEquals(201, created.status(), created.body());
    assertEquals(0, created.json().getJsonNumber("version").longValue());

    String changed =
        cameraJson(code, "GL.QUY_NHON", "GL-QN-CC", "Ngã tư thử nghiệm – đã đổi tên")
            .replace("\"status\":\"INSTALLED\"", "\"status\":\"MAINTENANCE\"")
            .replace("}", ",\"version\":0,\"reason\":\"Camera đang được sửa chữa\"}");
    Api.Answer updated = Api.put("cameras/" + code, token, changed);
    assertEquals(200, updated.status(), updated.body());
    assertEquals(1, updated.json().getJsonNumber("version").longValue());

    // The same version again is stale: someone changed the camera meanwhile.
    Api.Answer stale = Api.put("cameras/" + code, token, changed);
    assertEquals(409, stale.status(), stale.body());

    JsonObject history = Api.get("cameras/" + code + "/history", token).json();
    assertEquals(2, history.getJsonNumber("total").longValue());
    JsonObject latest = history.getJsonArray("entries").getJsonObject(0);
    assertEquals("UPDATED", latest.getString("kind"));
    assertEquals("officer", latest.getString("actor"));
    assertEquals("Camera đang được sửa chữa", latest.getString("reason"));
    assertEquals(
        List.of("name", "status"),
        latest.getJsonArray("changes").stream()
            .map(c -> c.asJsonObject().getString("field"))
            .toList());
    JsonObject statusChange = latest.getJsonArray("changes").getJsonObject(1);
    assertEquals("INSTALLED", statusChange.getString("from"));
    assertEquals("MAINTENANCE", statusChange.getString("to"));
    assertEquals("CREATED", history.getJsonArray("entries").getJsonObject(1).getString("kind"));
  }

  @Test
  void broken_rules_are_all_reported_in_the_callers_language_and_nothing_is_saved() {
    String token = Keycloak.userToken("officer");
    String code = newCode("GL-QN-BAD");
    String body =
        """
        {"code":"%s","name":"","purposes":["RED_LIGHT"],"ownerCode":"NOBODY","communeCode":"GL.PLEIKU",
         "latitude":21.0285,"longitude":105.8542,"siteCode":"GL-QN-CC","status":"OPERATIONAL",
         "mainStreamUrl":"rtsp://admin:secret@10.1.1.1/live"}
        """
            .formatted(code);
    Api.Answer answer =
        Api.send(
            "POST",
            "cameras",
            token,
            "application/json",
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "en");
    assertEquals(422, answer.status(), answer.body());
    List<String> fields =
        answer.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .distinct()
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "analysisSiteCode",
            "communeCode",
            "latitude",
            "mainStreamUrl",
            "name",
            "ownerCode",
            "siteCode",
            "status"),
        fields);
    assertTrue(answer.body().contains("is not in your jurisdiction"), answer.body());
    assertTrue(answer.body().contains("serves another commune"), answer.body());
    assertEquals(404, Api.get("cameras/" + code, Keycloak.userToken("supervisor")).status());

    Api.Answer vietnamese = Api.post("cameras", token, body);
    assertTrue(vietnamese.body().contains("không thuộc địa bàn của bạn"), vietnamese.body());

    assertEquals(400, Api.post("cameras", token, "{\"code\": ").status());
    assertEquals(
        400, Api.post("cameras", token, "{\"code\":\"X1\",\"status\":\"FLYING\"}").status());
  }

  @Test
  void readers_cannot_change_the_registry() {
    String code = newCode("GL-QN-AUD");
    Api.Answer answer =
        Api.post(
            "cameras",
            Keycloak.userToken("auditor"),
            cameraJson(code, "GL.QUY_NHON", "GL-QN-CC", "x"));
    assertEquals(403, answer.status());
    assertEquals(
        403,
        Api.post("sites", Keycloak.userToken("officer"), "{\"code\":\"GL-X\",\"name\":\"x\"}")
            .status());
  }

  @Test
  void export_carries_the_filtered_cameras_and_is_audited() throws Exception {
    String token = Keycloak.userToken("officer2");
    long total = Api.get("cameras?limit=1", token).json().getJsonNumber("total").longValue();
    var response = Api.download("cameras/export", token);
    assertEquals(200, response.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("Mã camera (code)", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(total, sheet.getLastRowNum());
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        assertEquals("GL.PLEIKU", sheet.getRow(i).getCell(4).getStringCellValue());
      }
    }
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT details FROM audit.entry WHERE actor = 'officer2' AND action ="
                    + " 'CAMERAS_EXPORTED' ORDER BY seq DESC LIMIT 1")) {
      ResultSet rows = query.executeQuery();
      assertTrue(rows.next());
      assertTrue(rows.getString(1).startsWith(total + " cameras"), rows.getString(1));
    }
  }

  @Test
  void a_certificate_scan_is_attached_checked_by_its_content_and_read_back() throws Exception {
    String token = Keycloak.userToken("officer");
    String code = newCode("GL-QN-DOC");
    assertEquals(
        201,
        Api.post(
                "cameras",
                token,
                cameraJson(code, "GL.QUY_NHON", "GL-QN-CC", "Camera có chứng nhận"))
            .status());
    byte[] pdf =
        "%PDF-1.4\n% Giấy chứng nhận hợp quy\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));

    Api.Answer attached =
        Api.send(
            "PUT",
            "cameras/" + code + "/certificate?fileName=chung-nhan.pdf",
            token,
            "application/pdf",
            pdf,
            null);
    assertEquals(200, attached.status(), attached.body());
    assertEquals(sha256, attached.json().getString("sha256"));
    assertEquals("application/pdf", attached.json().getString("mediaType"));

    JsonObject camera = Api.get("cameras/" + code, token).json();
    assertEquals(sha256, camera.getJsonObject("certificateDocument").getString("sha256"));
    var download = Api.download("cameras/" + code + "/certificate", token);
    assertEquals(200, download.statusCode());
    assertTrue(java.util.Arrays.equals(pdf, download.body()), "the same bytes come back");
    assertEquals(
        "certificateDocument",
        Api.get("cameras/" + code + "/history", token)
            .json()
            .getJsonArray("entries")
            .getJsonObject(0)
            .getJsonArray("changes")
            .getJsonObject(0)
            .getString("field"));

    // A text file named .pdf is refused: the type is read from the bytes.
    Api.Answer fake =
        Api.send(
            "PUT",
            "cameras/" + code + "/certificate?fileName=x.pdf",
            token,
            "application/pdf",
            "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "en");
    assertEquals(422, fake.status(), fake.body());
    assertTrue(fake.body().contains("PDF, JPEG or PNG"));
    assertEquals(
        404,
        Api.download("cameras/" + code + "/certificate", Keycloak.userToken("officer2"))
            .statusCode());
  }
}
