package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/**
 * The report forms against the real server, database and Keycloak: the administrator copies a form
 * into a new version, edits and publishes it while the version in force stays as it was; the
 * data-protection report is pre-filled from the sharing access log and the identity requests
 * (compared with SQL here); a unit's figures come back from the form's Excel template all or
 * nothing, and hostile files are 4xx. Uses the realm's {@code admin}, {@code supervisor}, {@code
 * coordinator} (CA.QUY_NHON) and {@code coordinator2} (CA.PLEIKU); expects the fresh database of
 * {@code bin/tcc test}.
 */
@ExtendWith(ArquillianExtension.class)
class ReportFormsIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static List<String> fields(Api.Answer answer) {
    return answer.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .sorted()
        .toList();
  }

  private static Map<String, JsonObject> lines(JsonObject report) {
    Map<String, JsonObject> lines = new HashMap<>();
    for (JsonValue section : report.getJsonArray("sections")) {
      for (JsonValue line : section.asJsonObject().getJsonArray("lines")) {
        lines.put(line.asJsonObject().getString("code"), line.asJsonObject());
      }
    }
    return lines;
  }

  private static BigDecimal figure(JsonObject line) {
    return !line.containsKey("value") || line.isNull("value")
        ? null
        : line.getJsonNumber("value").bigDecimalValue();
  }

  @Test
  void the_administrator_publishes_a_new_version_and_the_one_in_force_stays_until_its_day() {
    String admin = Keycloak.userToken("admin");
    assertEquals(403, Api.get("reports/forms/versions", Keycloak.userToken("supervisor")).status());
    assertEquals(
        403, Api.get("reports/forms/versions", Keycloak.userToken("coordinator")).status());
    Api.Answer list = Api.get("reports/forms/versions", admin);
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("\"DATA_PROTECTION\""), list.body());

    LocalDate effective = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(2);
    assertEquals(
        422,
        Api.post(
                "reports/forms/versions",
                admin,
                "{\"code\":\"DATA_PROTECTION\",\"effectiveFrom\":\"999999999-01-01\"}")
            .status());
    assertEquals(
        422,
        Api.post(
                "reports/forms/versions",
                admin,
                "{\"code\":\"DATA_PROTECTION\",\"effectiveFrom\":\"2020-01-01\"}")
            .status(),
        "not in the past");
    assertEquals(
        404,
        Api.post(
                "reports/forms/versions",
                admin,
                "{\"code\":\"NO_SUCH_FORM\",\"effectiveFrom\":\"%s\"}".formatted(effective))
            .status());
    Api.Answer drafted =
        Api.post(
            "reports/forms/versions",
            admin,
            "{\"code\":\"DATA_PROTECTION\",\"effectiveFrom\":\"%s\"}".formatted(effective));
    assertEquals(201, drafted.status(), drafted.body());
    JsonObject version = drafted.json().getJsonObject("version");
    assertEquals("DRAFT", version.getString("state"));
    assertEquals(2, version.getInt("version"));
    long id = version.getJsonNumber("id").longValue();
    String path = "reports/forms/versions/" + id;
    assertEquals(
        13,
        drafted.json().getJsonObject("form").getJsonArray("sections").stream()
            .mapToInt(s -> s.asJsonObject().getJsonArray("indicators").size())
            .sum(),
        "copied whole");
    assertEquals(
        409,
        Api.post(
                "reports/forms/versions",
                admin,
                "{\"code\":\"DATA_PROTECTION\",\"effectiveFrom\":\"%s\"}".formatted(effective))
            .status(),
        "one draft at a time");

    Api.Answer bad =
        Api.send(
            "PUT",
            path + "/indicators",
            admin,
            "application/json",
            """
            {"code":"DP.BREACHES","sectionCode":"C","nameVi":"Số vụ lộ dữ liệu","nameEn":"Breaches",
             "type":"INTEGER","min":10,"max":1,"narrativeAbovePercent":0}
            """
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "en");
    assertEquals(422, bad.status(), bad.body());
    assertEquals(List.of("max", "narrativeAbovePercent"), fields(bad));
    assertTrue(bad.json().toString().contains("The highest value is below the lowest"), bad.body());
    Api.Answer vietnamese =
        Api.put(
            path + "/indicators",
            admin,
            "{\"code\":\"DP.NOTE2\",\"sectionCode\":\"D\",\"nameVi\":\"x\",\"nameEn\":\"x\","
                + "\"type\":\"TEXT\",\"min\":1}");
    assertEquals(422, vietnamese.status());
    assertTrue(vietnamese.json().toString().contains("Chỉ tiêu văn bản"), vietnamese.body());
    assertEquals(
        422,
        Api.put(
                path + "/indicators",
                admin,
                "{\"code\":\"%s\",\"sectionCode\":\"C\",\"type\":\"INTEGER\"}"
                    .formatted("X".repeat(100_000)))
            .status());
    assertEquals(
        422,
        Api.put(
                path + "/sections",
                admin,
                "{\"code\":\"E\\u0000\",\"titleVi\":\"a\",\"titleEn\":\"b\"}")
            .status());

    Api.Answer added =
        Api.put(
            path + "/indicators",
            admin,
            """
            {"code":"DP.BREACHES","sectionCode":"C","nameVi":"Số vụ lộ, mất dữ liệu cá nhân",
             "nameEn":"Personal data breaches","type":"INTEGER","unitVi":"vụ","unitEn":"cases",
             "min":0,"narrativeAbovePercent":20}
            """);
    assertEquals(200, added.status(), added.body());
    assertEquals(
        409,
        Api.send(
                "DELETE",
                path + "/indicators/DP.LOOKUPS.SEARCH_AND_RESCUE",
                admin,
                null,
                null,
                null)
            .status(),
        "a sum names it");
    Api.Answer sum =
        Api.put(
            path + "/sums",
            admin,
            "{\"totalCode\":\"DP.LOOKUPS\",\"partCodes\":[\"DP.LOOKUPS.OWNER_IDENTIFICATION\",\"DP.ASSESSMENT\"]}");
    assertEquals(422, sum.status(), "a text is no part of a sum");
    Api.Answer published = Api.post(path + "/publish", admin, "{}");
    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().getJsonObject("version").getString("state"));
    assertEquals(
        409,
        Api.put(path + "/sections", admin, "{\"code\":\"E\",\"titleVi\":\"a\",\"titleEn\":\"b\"}")
            .status(),
        "published is final");
    assertEquals(404, Api.get("reports/forms/versions/999999999999", admin).status());

    String supervisor = Keycloak.userToken("supervisor");
    JsonObject today = Api.get("reports/forms/DATA_PROTECTION", supervisor).json();
    assertEquals(1, today.getInt("version"), "the version in force stays until the new one's day");
    JsonObject then = Api.get("reports/forms/DATA_PROTECTION?at=" + effective, supervisor).json();
    assertEquals(2, then.getInt("version"));
    assertTrue(then.toString().contains("DP.BREACHES"));

    try (Connection db = Database.asApplication();
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT action FROM audit.entry WHERE object_type = 'report_form'"
                    + " AND object_id = ? ORDER BY seq")) {
      audit.setString(1, String.valueOf(id));
      List<String> actions = new java.util.ArrayList<>();
      try (ResultSet rows = audit.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      assertEquals("REPORT_FORM_DRAFTED", actions.get(0));
      assertTrue(actions.contains("REPORT_FORM_CHANGED"), actions.toString());
      assertEquals("REPORT_FORM_PUBLISHED", actions.get(actions.size() - 1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_data_protection_report_is_pre_filled_then_its_figures_come_back_from_excel()
      throws SQLException, IOException {
    Instant now = Instant.now();
    try (Connection db = Database.asApplication()) {
      for (Object[] access :
          new Object[][] {
            {"SECURITY_AND_ORDER", true, "AGREEMENT"},
            {"SECURITY_AND_ORDER", true, "AGREEMENT"},
            {"INCIDENT_INVESTIGATION", true, "AGREEMENT"},
            {"TRAFFIC_MANAGEMENT", false, "NO_AGREEMENT"}
          }) {
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO sharing.access_log (checked_at, data_time, camera_code, data_type,"
                    + " purpose, unit, actor, allowed, reason)"
                    + " VALUES (?, ?, 'IT-DP-CAM', 'RECORDINGS', ?, 'GL.PLEIKU', 'it', ?, ?)")) {
          insert.setTimestamp(1, Timestamp.from(now));
          insert.setTimestamp(2, Timestamp.from(now));
          insert.setString(3, (String) access[0]);
          insert.setBoolean(4, (Boolean) access[1]);
          insert.setString(5, (String) access[2]);
          insert.executeUpdate();
        }
      }
    }
    String coordinator = Keycloak.userToken("coordinator2");
    Api.Answer opened =
        Api.post("reports/submissions", coordinator, "{\"formCode\":\"DATA_PROTECTION\"}");
    assertEquals(201, opened.status(), opened.body());
    JsonObject report = opened.json();
    JsonObject period = report.getJsonObject("period");
    Instant from = Instant.parse(period.getString("from"));
    Instant to = Instant.parse(period.getString("to"));
    Map<String, JsonObject> lines = lines(report);

    Map<String, Long> expected = new HashMap<>();
    try (Connection db = Database.asApplication()) {
      for (String purpose :
          List.of(
              "TRAFFIC_VIOLATION_HANDLING",
              "SECURITY_AND_ORDER",
              "INCIDENT_INVESTIGATION",
              "TRAFFIC_MANAGEMENT",
              "SEARCH_AND_RESCUE")) {
        expected.put(
            "DP.LOOKUPS." + purpose,
            count(
                db,
                "SELECT count(*) FROM sharing.access_log WHERE allowed AND purpose = ?"
                    + " AND unit = 'GL.PLEIKU' AND checked_at >= ? AND checked_at < ?",
                purpose,
                from,
                to));
      }
      expected.put(
          "DP.ACCESS_REFUSED",
          count(
              db,
              "SELECT count(*) FROM sharing.access_log WHERE NOT allowed AND unit = 'GL.PLEIKU'"
                  + " AND checked_at >= ? AND checked_at < ?",
              from,
              to));
      expected.put(
          "DP.LOOKUPS.OWNER_IDENTIFICATION",
          count(
              db,
              "SELECT count(*) FROM violation.identity_request r JOIN violation.violation_case c"
                  + " ON c.id = r.case_id WHERE c.jurisdiction_code = 'GL.PLEIKU'"
                  + " AND r.requested_at >= ? AND r.requested_at < ?",
              from,
              to));
    }
    assertTrue(expected.get("DP.LOOKUPS.SECURITY_AND_ORDER") >= 2);
    assertTrue(expected.get("DP.ACCESS_REFUSED") >= 1);
    long total = 0;
    for (Map.Entry<String, Long> e : expected.entrySet()) {
      assertEquals(e.getValue().longValue(), figure(lines.get(e.getKey())).longValue(), e.getKey());
      assertEquals("PREFILLED", lines.get(e.getKey()).getString("source"), e.getKey());
      if (e.getKey().startsWith("DP.LOOKUPS.")) {
        total += e.getValue();
      }
    }
    assertEquals(total, figure(lines.get("DP.LOOKUPS")).longValue(), "the total is the sum");
    assertFalse(
        lines.get("DP.DELETION_RECORDS").containsKey("prefilled")
            && !lines.get("DP.DELETION_RECORDS").isNull("prefilled"),
        "a commune types its deletion records: purges run province-wide");

    importsFromExcel(coordinator, report);
  }

  private static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        statement.setObject(i + 1, p instanceof Instant t ? Timestamp.from(t) : p);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The unit's figures from the form's Excel template: all or nothing; hostile files 4xx. */
  private static void importsFromExcel(String coordinator, JsonObject opened) throws IOException {
    long id = opened.getJsonNumber("id").longValue();
    String path = "reports/submissions/" + id;
    long refused = figure(lines(opened).get("DP.ACCESS_REFUSED")).longValue();

    HttpResponse<byte[]> template = Api.download(path + "/template.xlsx", coordinator);
    assertEquals(200, template.statusCode());
    assertEquals(
        404,
        Api.download(path + "/template.xlsx", Keycloak.userToken("coordinator")).statusCode(),
        "another unit's report does not exist for him");

    byte[] wrong = fill(template.body(), Map.of("DP.ACCESS_REFUSED", refused + 3), Map.of());
    Api.Answer rejected = Api.send("POST", path + "/figures", coordinator, XLSX, wrong, "vi");
    assertEquals(422, rejected.status(), rejected.body());
    assertEquals(1, fields(rejected).size(), rejected.body());
    assertTrue(fields(rejected).get(0).endsWith(":DP.ACCESS_REFUSED"), rejected.body());
    assertTrue(fields(rejected).get(0).startsWith("R"), rejected.body());
    assertEquals(
        refused,
        figure(lines(Api.get(path, coordinator).json()).get("DP.ACCESS_REFUSED")).longValue(),
        "nothing written");

    byte[] right =
        fill(
            template.body(),
            Map.of("DP.ACCESS_REFUSED", refused + 3, "DP.DELETION_RECORDS", 2L),
            Map.of("DP.ACCESS_REFUSED", "Ba lượt từ chối ghi tay ngoài hệ thống"));
    Api.Answer imported = Api.send("POST", path + "/figures", coordinator, XLSX, right, "vi");
    assertEquals(200, imported.status(), imported.body());
    Map<String, JsonObject> lines = lines(imported.json());
    assertEquals(refused + 3, figure(lines.get("DP.ACCESS_REFUSED")).longValue());
    assertEquals("CORRECTED", lines.get("DP.ACCESS_REFUSED").getString("source"));
    assertEquals(2, figure(lines.get("DP.DELETION_RECORDS")).longValue());
    assertEquals("TYPED", lines.get("DP.DELETION_RECORDS").getString("source"));

    assertEquals(
        422,
        Api.send("POST", path + "/figures", coordinator, XLSX, "not a workbook".getBytes(), "vi")
            .status());
    assertEquals(
        413,
        Api.send("POST", path + "/figures", coordinator, XLSX, new byte[3 * 1024 * 1024], "vi")
            .status());
    assertEquals(
        422,
        Api.send("POST", path + "/figures", coordinator, XLSX, zipBomb(), "vi").status(),
        "a zip bomb is refused, not inflated");
    assertEquals(
        403,
        Api.send("POST", path + "/figures", Keycloak.userToken("supervisor"), XLSX, right, "vi")
            .status());
  }

  /** The template with figures (and reasons) written in, by indicator code. */
  private static byte[] fill(
      byte[] template, Map<String, Long> figures, Map<String, String> reasons) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        String code = row.getCell(0).getStringCellValue();
        if (figures.containsKey(code)) {
          row.createCell(5).setCellValue(figures.get(code));
        }
        if (reasons.containsKey(code)) {
          row.createCell(6).setCellValue(reasons.get(code));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A small zip that inflates to 200 MB of zeros, named like a workbook's part. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
