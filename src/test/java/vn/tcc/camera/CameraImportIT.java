package vn.tcc.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/** Bulk import through the API: a clean file, a file with bad rows, and the same file twice. */
@ExtendWith(ArquillianExtension.class)
class CameraImportIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** The template from the API, its example row replaced by the given rows (by column key). */
  static byte[] workbook(List<Map<String, Object>> rows) throws Exception {
    var template = Api.download("cameras/imports/template", Keycloak.userToken("admin"));
    assertEquals(200, template.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      sheet.removeRow(sheet.getRow(1));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < header.getLastCellNum(); c++) {
          String title = header.getCell(c).getStringCellValue();
          String key = title.substring(title.lastIndexOf('(') + 1, title.length() - 1);
          Object value = rows.get(r).get(key);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static Map<String, Object> camera(String code, String commune, double latitude) {
    return Map.of(
        "code",
        code,
        "name",
        "Camera nhập " + code,
        "purposes",
        "OBSERVATION",
        "ownerCode",
        "GL-SXD",
        "communeCode",
        commune,
        "latitude",
        latitude,
        "longitude",
        109.21,
        "siteCode",
        commune.equals("GL.QUY_NHON") ? "GL-QN-CC" : "GL-PK-CC",
        "status",
        "INSTALLED",
        "onvif",
        "có");
  }

  static JsonObject upload(byte[] file, String mode) {
    Api.Answer answer =
        Api.send(
            "POST",
            "cameras/imports?mode=" + mode + "&fileName=kiem-ke.xlsx",
            Keycloak.userToken("admin"),
            XLSX,
            file,
            "vi");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  static long total(String query) {
    return Api.get("cameras?" + query, Keycloak.userToken("admin"))
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void a_clean_file_imports_and_the_same_file_again_changes_nothing() throws Exception {
    String prefix = "GL-IMP-" + System.nanoTime() % 100000;
    byte[] file =
        workbook(
            List.of(
                camera(prefix + "-1", "GL.QUY_NHON", 13.77),
                camera(prefix + "-2", "GL.QUY_NHON", 13.78),
                camera(prefix + "-3", "GL.PLEIKU", 13.98)));

    JsonObject check = upload(file, "check");
    assertEquals(3, check.getJsonNumber("create").longValue());
    assertFalse(check.getBoolean("imported"));
    assertEquals(0, total("q=" + prefix), "a check writes nothing");

    JsonObject first = upload(file, "all");
    assertTrue(first.getBoolean("imported"));
    assertEquals(3, total("q=" + prefix));
    JsonObject history =
        Api.get("cameras/" + prefix + "-1/history", Keycloak.userToken("admin")).json();
    assertEquals("IMPORTED", history.getJsonArray("entries").getJsonObject(0).getString("kind"));

    JsonObject second = upload(file, "all");
    assertEquals(0, second.getJsonNumber("create").longValue());
    assertEquals(3, second.getJsonNumber("unchanged").longValue());
    assertNotNull(second.get("previouslyImportedAt"));
    assertEquals(3, total("q=" + prefix), "no duplicates");
    assertEquals(
        1,
        Api.get("cameras/" + prefix + "-1/history", Keycloak.userToken("admin"))
            .json()
            .getJsonNumber("total")
            .longValue(),
        "an unchanged row leaves no history");
  }

  @Test
  void a_file_with_bad_rows_imports_nothing_unless_the_valid_rows_are_asked_for() throws Exception {
    String prefix = "GL-BAD-" + System.nanoTime() % 100000;
    Map<String, Object> outside =
        new java.util.HashMap<>(camera(prefix + "-2", "GL.QUY_NHON", 21.03));
    Map<String, Object> badDate =
        new java.util.HashMap<>(camera(prefix + "-3", "GL.QUY_NHON", 13.77));
    badDate.put("registeredOn", "31/02/2025");
    byte[] file =
        workbook(
            List.of(
                camera(prefix + "-1", "GL.QUY_NHON", 13.77),
                outside,
                badDate,
                camera(prefix + "-1", "GL.QUY_NHON", 13.77)));

    Api.Answer refused =
        Api.send("POST", "cameras/imports?mode=all", Keycloak.userToken("admin"), XLSX, file, "vi");
    assertEquals(422, refused.status(), refused.body());
    assertEquals(0, total("q=" + prefix), "nothing half-imported");

    JsonObject report = upload(file, "check");
    assertEquals(3, report.getJsonNumber("reject").longValue());
    var rows = report.getJsonArray("rows");
    assertEquals(2, rows.getJsonObject(0).getInt("row"));
    assertEquals("CREATE", rows.getJsonObject(0).getString("action"));
    assertEquals("REJECT", rows.getJsonObject(1).getString("action"));
    assertTrue(
        rows.getJsonObject(1).toString().contains("nằm ngoài tỉnh"),
        rows.getJsonObject(1).toString());
    assertTrue(rows.getJsonObject(2).toString().contains("31/02/2025"));
    assertTrue(
        rows.getJsonObject(3).toString().contains("dòng 2"), "duplicate code inside the file");

    JsonObject partial = upload(file, "valid-rows");
    assertTrue(partial.getBoolean("imported"));
    assertEquals(1, total("q=" + prefix));
  }

  @Test
  void a_file_that_is_not_a_workbook_is_reported_not_imported() {
    JsonObject report =
        upload("code,name\nGL-1,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "check");
    assertEquals(1, report.getJsonArray("fileErrors").size());
    assertTrue(
        report.getJsonArray("fileErrors").getJsonObject(0).getString("message").contains(".xlsx"));
    assertEquals(
        422,
        Api.send(
                "POST",
                "cameras/imports?mode=all",
                Keycloak.userToken("admin"),
                XLSX,
                "x".getBytes(),
                null)
            .status());
  }
}
