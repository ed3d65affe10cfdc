package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
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
 * The provincial synthesis against the real server, database and Keycloak: accepted submissions
 * inserted here for a month nobody else uses are rolled up into totals equal to a SQL total
 * computed here (a submitted but not accepted report is left out); the supervisor who built it
 * cannot approve it, supervisor2 can; the submitted synthesis is numbered, signed (the CMS
 * signature verifies over the signed text) and frozen — a report accepted later does not change it,
 * and the next build is version 2 naming the change; the workbook and the Word report read back
 * carry the same figures; coordinators are refused; hostile input is 4xx.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingSynthesisIT {
  private static final String FORM = "VIOLATION_HANDLING";
  private static final List<String> ACCEPTED_UNITS =
      List.of("CA.QUY_NHON", "CA.PLEIKU", "CA.CHU_SE");
  private static final String LATE_UNIT = "CA.AN_KHE";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** A month of 2025 without any report or synthesis of the form, so the test owns it. */
  private static String freePeriod(Connection db) throws Exception {
    for (int month = 1; month <= 12; month++) {
      String key = "2025-M" + (month < 10 ? "0" : "") + month;
      try (PreparedStatement used =
          db.prepareStatement(
              "SELECT (SELECT count(*) FROM reporting.submission WHERE form_code = ? AND period_key = ?)"
                  + " + (SELECT count(*) FROM reporting.synthesis WHERE form_code = ? AND period_key = ?)")) {
        used.setString(1, FORM);
        used.setString(2, key);
        used.setString(3, FORM);
        used.setString(4, key);
        try (ResultSet rows = used.executeQuery()) {
          rows.next();
          if (rows.getLong(1) == 0) {
            return key;
          }
        }
      }
    }
    throw new IllegalStateException("No free month of 2025 left for the synthesis test");
  }

  /** A unit's report in the given state with a figure for every number indicator of the form. */
  private static void file(Connection db, String unit, String period, String state, int seed)
      throws Exception {
    long id;
    try (PreparedStatement insert =
        db.prepareStatement(
            """
            INSERT INTO reporting.submission (unit_code, form_code, form_id, period_key, state, created_at, updated_at)
            SELECT ?, code, id, ?, ?, now(), now() FROM reporting.form WHERE code = ? AND version = 1
            RETURNING id
            """)) {
      insert.setString(1, unit);
      insert.setString(2, period);
      insert.setString(3, state);
      insert.setString(4, FORM);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
    }
    try (PreparedStatement values =
        db.prepareStatement(
            """
            INSERT INTO reporting.submission_value (submission_id, indicator_code, value_number, source, updated_by, updated_at)
            SELECT ?, i.code,
                   CASE i.value_type WHEN 'MONEY_VND' THEN (i.position + ?) * 750000
                                     WHEN 'PERCENT' THEN 50 + (i.position * 7 + ?) % 50
                                     ELSE i.position * 3 + ? END,
                   'TYPED', 'it', now()
              FROM reporting.indicator i JOIN reporting.form f ON f.id = i.form_id
             WHERE f.code = ? AND f.version = 1 AND i.value_type <> 'TEXT'
            """)) {
      values.setLong(1, id);
      values.setInt(2, seed);
      values.setInt(3, seed);
      values.setInt(4, seed);
      values.setString(5, FORM);
      values.executeUpdate();
    }
    try (PreparedStatement move =
        db.prepareStatement(
            "INSERT INTO reporting.submission_move (submission_id, from_state, to_state, actor, at)"
                + " VALUES (?, 'DRAFT', 'SUBMITTED', 'it', now())")) {
      move.setLong(1, id);
      move.executeUpdate();
    }
  }

  /** The province's totals computed here: sums, and the mean (2 decimals) for percentages. */
  private static Map<String, BigDecimal> sqlTotals(Connection db, String period) throws Exception {
    Map<String, BigDecimal> totals = new HashMap<>();
    try (PreparedStatement sum =
        db.prepareStatement(
            """
            SELECT v.indicator_code,
                   CASE WHEN i.value_type = 'PERCENT' THEN round(avg(v.value_number), 2) ELSE sum(v.value_number) END AS total
              FROM reporting.submission s
              JOIN reporting.submission_value v ON v.submission_id = s.id
              JOIN reporting.indicator i ON i.form_id = s.form_id AND i.code = v.indicator_code
             WHERE s.form_code = ? AND s.period_key = ? AND s.state = 'ACCEPTED' AND v.value_number IS NOT NULL
             GROUP BY v.indicator_code, i.value_type
            """)) {
      sum.setString(1, FORM);
      sum.setString(2, period);
      try (ResultSet rows = sum.executeQuery()) {
        while (rows.next()) {
          totals.put(rows.getString(1), rows.getBigDecimal(2));
        }
      }
    }
    return totals;
  }

  private static List<JsonObject> lines(JsonObject synthesis) {
    List<JsonObject> lines = new ArrayList<>();
    for (JsonValue section : synthesis.getJsonArray("sections")) {
      for (JsonValue line : section.asJsonObject().getJsonArray("lines")) {
        lines.add(line.asJsonObject());
      }
    }
    return lines;
  }

  private static BigDecimal number(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key)
        ? null
        : object.getJsonNumber(key).bigDecimalValue();
  }

  private static Map<String, BigDecimal> totals(JsonObject synthesis) {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (JsonObject line : lines(synthesis)) {
      totals.put(line.getString("code"), number(line, "total"));
    }
    return totals;
  }

  private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
    assertTrue(
        expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0,
        what + ": expected " + expected + ", got " + actual);
  }

  private static void assertProblem(Api.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
  }

  @Test
  void the_synthesis_is_the_sql_total_approved_by_another_supervisor_frozen_signed_and_exported()
      throws Exception {
    String period;
    try (Connection db = Database.asApplication()) {
      period = freePeriod(db);
      int seed = 1;
      for (String unit : ACCEPTED_UNITS) {
        file(db, unit, period, "ACCEPTED", seed++);
      }
      file(db, LATE_UNIT, period, "SUBMITTED", 40);
    }
    String supervisor = Keycloak.userToken("supervisor");
    String leader = Keycloak.userToken("supervisor2");
    String body = "{\"formCode\":\"%s\",\"period\":\"%s\"}".formatted(FORM, period);

    // Coordinators never see a synthesis, nor build one.
    String coordinator = Keycloak.userToken("coordinator");
    assertEquals(403, Api.post("reports/syntheses", coordinator, body).status());

    Api.Answer built = Api.post("reports/syntheses", supervisor, body);
    assertEquals(201, built.status(), built.body());
    JsonObject synthesis = built.json();
    long id = synthesis.getJsonNumber("id").longValue();
    assertEquals("DRAFT", synthesis.getString("state"));
    assertEquals(1, synthesis.getInt("version"));
    assertEquals(3, synthesis.getJsonArray("units").size(), synthesis.toString());
    assertEquals(403, Api.get("reports/syntheses/" + id, coordinator).status());
    assertEquals(200, Api.get("reports/syntheses/" + id, Keycloak.userToken("auditor")).status());

    Map<String, BigDecimal> expected;
    try (Connection db = Database.asApplication()) {
      expected = sqlTotals(db, period);
    }
    Map<String, BigDecimal> got = totals(synthesis);
    assertEquals(expected.keySet(), got.keySet());
    expected.forEach((code, total) -> assertSame(total, got.get(code), code));

    // Four eyes: the one who built it may review, not approve.
    assertEquals(200, Api.post("reports/syntheses/" + id + "/review", supervisor, "").status());
    Api.Answer self = Api.post("reports/syntheses/" + id + "/approval", supervisor, "");
    assertProblem(self, 409);
    assertEquals(409, Api.post("reports/syntheses/" + id + "/submission", supervisor, "").status());
    Api.Answer approved = Api.post("reports/syntheses/" + id + "/approval", leader, "");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("supervisor2", approved.json().getJsonObject("approved").getString("actor"));

    Api.Answer submitted = Api.post("reports/syntheses/" + id + "/submission", supervisor, "");
    assertEquals(200, submitted.status(), submitted.body());
    JsonObject sent = submitted.json();
    assertEquals("SUBMITTED", sent.getString("state"));
    String number = sent.getString("number");
    assertTrue(number.matches("[0-9]+/BC-CAT"), number);
    assertNotNull(sent.getString("documentDate"));
    assertEquals(64, sent.getString("signerFingerprint").strip().length());

    // The signature verifies over the signed text, which names the number and the figures.
    byte[] text = Api.download("reports/syntheses/" + id + "/signed.txt", supervisor).body();
    byte[] signature =
        Api.download("reports/syntheses/" + id + "/signature.p7s", supervisor).body();
    String signedText = new String(text, StandardCharsets.UTF_8);
    assertTrue(signedText.contains("number: " + number), signedText);
    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(text), signature);
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder certificate =
        (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));

    // A report accepted afterwards does not change what was sent.
    try (Connection db = Database.asApplication();
        PreparedStatement accept =
            db.prepareStatement(
                "UPDATE reporting.submission SET state = 'ACCEPTED' WHERE unit_code = ? AND form_code = ? AND period_key = ?")) {
      accept.setString(1, LATE_UNIT);
      accept.setString(2, FORM);
      accept.setString(3, period);
      assertEquals(1, accept.executeUpdate());
    }
    JsonObject frozen = Api.get("reports/syntheses/" + id, supervisor).json();
    assertEquals(got, totals(frozen));
    assertEquals(number, frozen.getString("number"));
    assertEquals(409, Api.post("reports/syntheses/" + id + "/review", supervisor, "").status());

    // Both files carry the frozen figures.
    HttpResponse<byte[]> xlsx =
        Api.download("reports/syntheses/" + id + "/synthesis.xlsx", supervisor);
    assertEquals(200, xlsx.statusCode());
    HttpResponse<byte[]> docx =
        Api.download("reports/syntheses/" + id + "/synthesis.docx", supervisor);
    assertEquals(200, docx.statusCode());
    assertFilesCarry(frozen, xlsx.body(), docx.body());

    // The correction: version 2, built from the reports as they now stand, says what changed.
    Api.Answer corrected = Api.post("reports/syntheses", supervisor, body);
    assertEquals(201, corrected.status(), corrected.body());
    JsonObject second = corrected.json();
    assertEquals(2, second.getInt("version"));
    assertEquals(4, second.getJsonArray("units").size());
    assertTrue(
        second.getString("changes").contains("[" + LATE_UNIT + "]"), second.getString("changes"));
    assertTrue(second.getString("changes").contains(number), second.getString("changes"));
    Api.Answer versions = Api.get("reports/syntheses/" + id + "/versions", supervisor);
    assertEquals(200, versions.status());
    assertTrue(versions.body().contains(number));

    try (Connection db = Database.asApplication();
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT action FROM audit.entry WHERE object_type = 'report_synthesis' AND object_id = ?")) {
      audit.setString(1, String.valueOf(id));
      List<String> actions = new ArrayList<>();
      try (ResultSet rows = audit.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      for (String action :
          List.of(
              "SYNTHESIS_BUILT",
              "SYNTHESIS_REVIEWED",
              "SYNTHESIS_REFUSED",
              "SYNTHESIS_APPROVED",
              "SYNTHESIS_SUBMITTED",
              "SYNTHESIS_EXPORTED")) {
        assertTrue(actions.contains(action), action + " in " + actions);
      }
    }
  }

  /** Every unit figure and total of the API's synthesis, in the workbook and the document. */
  private static void assertFilesCarry(JsonObject synthesis, byte[] xlsx, byte[] docx)
      throws Exception {
    List<String> units = new ArrayList<>();
    for (JsonValue unit : synthesis.getJsonArray("units")) {
      units.add(unit.asJsonObject().getString("code"));
    }
    List<JsonValue> sections = synthesis.getJsonArray("sections");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertEquals(sections.size(), workbook.getNumberOfSheets());
      List<XWPFTable> tables = document.getTables();
      for (int s = 0; s < sections.size(); s++) {
        Sheet sheet = workbook.getSheetAt(s);
        XWPFTable totals = tables.get(1 + 2 * s);
        XWPFTable byUnit = tables.get(2 + 2 * s);
        List<JsonValue> lines = sections.get(s).asJsonObject().getJsonArray("lines");
        for (int r = 0; r < lines.size(); r++) {
          JsonObject line = lines.get(r).asJsonObject();
          String code = line.getString("code");
          Row row = sheet.getRow(6 + 1 + r);
          assertEquals(code, row.getCell(1).getStringCellValue());
          JsonObject byUnitJson = line.getJsonObject("byUnit");
          for (int u = 0; u < units.size(); u++) {
            BigDecimal figure = number(byUnitJson, units.get(u));
            assertSame(figure, cell(row.getCell(4 + u)), code + " " + units.get(u) + " xlsx");
            assertSame(
                figure,
                printed(byUnit.getRow(r + 1).getCell(u + 2).getText()),
                code + " " + units.get(u) + " docx");
          }
          String[] keys = {
            "total",
            "tccFigure",
            "previous",
            "deltaFromPrevious",
            "percentFromPrevious",
            "lastYear",
            "deltaFromLastYear",
            "percentFromLastYear"
          };
          for (int k = 0; k < keys.length; k++) {
            BigDecimal figure = number(line, keys[k]);
            assertSame(
                figure, cell(row.getCell(4 + units.size() + k)), code + " " + keys[k] + " xlsx");
            assertSame(
                figure,
                printed(totals.getRow(r + 1).getCell(3 + k).getText()),
                code + " " + keys[k] + " docx");
          }
        }
      }
    }
  }

  private static BigDecimal cell(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK
        ? null
        : BigDecimal.valueOf(cell.getNumericCellValue());
  }

  private static BigDecimal printed(String text) {
    String t = text.strip();
    return t.isEmpty() ? null : new BigDecimal(t.replace(".", "").replace(',', '.'));
  }

  @Test
  void hostile_input_is_refused_with_a_problem() {
    String supervisor = Keycloak.userToken("supervisor");
    for (String body :
        List.of(
            "{\"formCode\":\"" + FORM + "\",\"period\":\"999999999-M01\"}",
            "{\"formCode\":\"VIO\\u0000LATION\",\"period\":\"2025-M01\"}",
            "{\"formCode\":\"" + "A".repeat(100_000) + "\",\"period\":\"2025-M01\"}",
            "{\"formCode\":\"" + FORM + "\"}",
            "{\"formCode\":\"" + FORM + "\",\"period\":\"2025-Q1\"}",
            "{\"formCode\":\"NO_SUCH_FORM\",\"period\":\"2025-M01\"}",
            "[]")) {
      Api.Answer answer = Api.post("reports/syntheses", supervisor, body);
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          body.length() > 200 ? "long" : body + " → " + answer.status() + " " + answer.body());
    }
    assertProblem(Api.get("reports/syntheses/999999999999", supervisor), 404);
    Api.Answer count =
        Api.get("reports/syntheses/timeliness?form=" + FORM + "&count=-5", supervisor);
    assertTrue(count.status() >= 400 && count.status() < 500, count.body());
    Api.Answer rates =
        Api.get("reports/syntheses/timeliness?form=" + FORM + "&count=3", supervisor);
    assertEquals(200, rates.status(), rates.body());
    assertTrue(rates.json().getJsonArray("rates").size() >= 4, rates.body());
    assertEquals(
        403,
        Api.get("reports/syntheses/timeliness?form=" + FORM, Keycloak.userToken("coordinator"))
            .status());
  }
}
