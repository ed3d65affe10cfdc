package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Units' periodic reports against the real server, database and Keycloak: a coordinator sees only
 * his unit's reports; the draft's pre-filled figures equal totals computed here with SQL over
 * cases, notices and payments inserted for the test; a correction needs a reason; a report goes
 * draft → submitted → returned (with a comment on one cell) → resubmitted → accepted; a locked
 * period refuses entry; hostile input is 4xx. Uses the realm's {@code coordinator} (unit
 * CA.QUY_NHON), {@code coordinator2} (CA.PLEIKU) and the demo units; expects the fresh database of
 * {@code bin/tcc test} (the current quarter's camera report of Quy Nhơn not yet filed).
 */
@ExtendWith(ArquillianExtension.class)
class ReportingWorkflowIT {
  private static final String QUY_NHON = "GL.QUY_NHON";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static Api.Answer open(String user, String form, String period) {
    return Api.post(
        "reports/submissions",
        Keycloak.userToken(user),
        period == null
            ? "{\"formCode\":\"%s\"}".formatted(form)
            : "{\"formCode\":\"%s\",\"period\":\"%s\"}".formatted(form, period));
  }

  /** Every figure of a report, by indicator code. */
  private static Map<String, JsonObject> lines(JsonObject report) {
    Map<String, JsonObject> lines = new HashMap<>();
    for (JsonValue section : report.getJsonArray("sections")) {
      for (JsonValue line : section.asJsonObject().getJsonArray("lines")) {
        lines.put(line.asJsonObject().getString("code"), line.asJsonObject());
      }
    }
    return lines;
  }

  /** The figure of a line; JSON-B leaves a null out, so an empty line has no "value". */
  private static BigDecimal figure(JsonObject line) {
    return !line.containsKey("value") || line.isNull("value")
        ? null
        : line.getJsonNumber("value").bigDecimalValue();
  }

  @Test
  void a_coordinator_cannot_see_another_units_report() {
    Api.Answer pleiku = open("coordinator2", "CAMERA_PROGRESS", null);
    assertTrue(pleiku.status() == 201 || pleiku.status() == 200, pleiku.body());
    long id = pleiku.json().getJsonNumber("id").longValue();
    assertEquals("CA.PLEIKU", pleiku.json().getString("unitCode"));

    Api.Answer look = Api.get("reports/submissions/" + id, Keycloak.userToken("coordinator"));
    assertEquals(404, look.status(), "another unit's report does not exist for him");
    assertTrue(look.contentType().startsWith("application/problem+json"), look.contentType());
    assertEquals(
        404,
        Api.post(
                "reports/submissions/" + id + "/submission",
                Keycloak.userToken("coordinator"),
                "{}")
            .status());
    assertEquals(
        404,
        Api.download(
                "reports/submissions/" + id + "/report.xlsx", Keycloak.userToken("coordinator"))
            .statusCode());
    JsonObject mine =
        Api.get("reports/submissions?unit=CA.PLEIKU&size=200", Keycloak.userToken("coordinator"))
            .json();
    assertTrue(
        mine.getJsonArray("items").stream()
            .allMatch(s -> s.asJsonObject().getString("unitCode").equals("CA.QUY_NHON")),
        "asking for another unit lists his own only: " + mine);

    assertEquals(
        200, Api.get("reports/submissions/" + id, Keycloak.userToken("supervisor")).status());
    assertEquals(200, Api.get("reports/submissions/" + id, Keycloak.userToken("auditor")).status());
    assertEquals(403, Api.get("reports/submissions/" + id, Keycloak.userToken("officer")).status());
    assertEquals(403, Api.get("reports/submissions", Keycloak.userToken("admin")).status());
    assertEquals(
        403, open("supervisor", "CAMERA_PROGRESS", null).status(), "only coordinators file");
  }

  @Test
  void prefilled_violation_figures_equal_sql_totals_over_inserted_cases() throws Exception {
    insertCases(QUY_NHON, 3);
    Api.Answer opened = open("coordinator", "VIOLATION_HANDLING", null);
    assertTrue(opened.status() == 201 || opened.status() == 200, opened.body());
    long id = opened.json().getJsonNumber("id").longValue();
    JsonObject period = opened.json().getJsonObject("period");
    Instant from = Instant.parse(period.getString("from"));
    Instant to = Instant.parse(period.getString("to"));

    // Cases may still arrive from events other tests sent: compare when the SQL totals hold still
    // across the refresh (poll with a deadline).
    long deadline = System.nanoTime() + 60_000_000_000L;
    Map<String, BigDecimal> before;
    Map<String, JsonObject> lines;
    Map<String, BigDecimal> after;
    do {
      before = violationTotals(QUY_NHON, from, to);
      Api.Answer refreshed =
          Api.post(
              "reports/submissions/" + id + "/refresh", Keycloak.userToken("coordinator"), "{}");
      assertEquals(200, refreshed.status(), refreshed.body());
      lines = lines(refreshed.json());
      after = violationTotals(QUY_NHON, from, to);
    } while (!before.equals(after) && System.nanoTime() < deadline);
    assertEquals(before, after, "the totals held still");

    assertTrue(after.get("VIO.DETECTED").compareTo(BigDecimal.valueOf(3)) >= 0, after.toString());
    for (Map.Entry<String, BigDecimal> total : after.entrySet()) {
      JsonObject line = lines.get(total.getKey());
      assertEquals(
          0,
          total.getValue().compareTo(figure(line)),
          total.getKey() + ": SQL " + total.getValue() + ", report " + line);
      if (line.getString("source").equals("PREFILLED")) {
        assertEquals(
            0, total.getValue().compareTo(line.getJsonNumber("prefilled").bigDecimalValue()));
      }
    }
    assertEquals("TEXT", lines.get("VIO.ASSESSMENT").getString("type"));
    assertEquals(null, figure(lines.get("VIO.ASSESSMENT")), "a text answer TCC does not fill");
  }

  @Test
  void a_corrected_report_is_returned_resubmitted_and_accepted() throws Exception {
    Api.Answer opened = open("coordinator", "CAMERA_PROGRESS", null);
    assertEquals(201, opened.status(), opened.body());
    assertEquals(200, open("coordinator", "CAMERA_PROGRESS", null).status(), "opened once");
    long id = opened.json().getJsonNumber("id").longValue();
    String path = "reports/submissions/" + id;
    Map<String, JsonObject> lines = lines(opened.json());
    Map<String, Long> cameras =
        cameraTotals(
            QUY_NHON, Instant.parse(opened.json().getJsonObject("period").getString("to")));
    for (Map.Entry<String, Long> total : cameras.entrySet()) {
      assertEquals(
          total.getValue().longValue(),
          figure(lines.get(total.getKey())).longValueExact(),
          total.getKey());
      assertEquals("PREFILLED", lines.get(total.getKey()).getString("source"));
    }
    long operational = cameras.get("CAM.OPERATIONAL");
    String coordinator = Keycloak.userToken("coordinator");

    Api.Answer noReason =
        Api.put(
            path + "/values/CAM.OPERATIONAL",
            coordinator,
            "{\"value\":%d}".formatted(operational + 1));
    assertEquals(422, noReason.status(), noReason.body());
    assertEquals(
        "reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Answer corrected =
        Api.put(
            path + "/values/CAM.OPERATIONAL",
            coordinator,
            "{\"value\":%d,\"reason\":\"Một camera vận hành lại ngày 12, chưa cập nhật\"}"
                .formatted(operational + 1));
    assertEquals(200, corrected.status(), corrected.body());
    JsonObject line = lines(corrected.json()).get("CAM.OPERATIONAL");
    assertEquals("CORRECTED", line.getString("source"));
    assertEquals(operational, line.getJsonNumber("prefilled").longValue(), "TCC's figure is kept");
    assertEquals(operational + 1, line.getJsonNumber("value").longValue());
    Api.Answer typed =
        Api.put(
            path + "/values/CAM.NOTES", coordinator, "{\"text\":\"Cần thêm kinh phí bảo trì.\"}");
    assertEquals("TYPED", lines(typed.json()).get("CAM.NOTES").getString("source"));

    assertEquals(
        "SUBMITTED", Api.post(path + "/submission", coordinator, "{}").json().getString("state"));
    assertEquals(
        409,
        Api.put(path + "/values/CAM.NOTES", coordinator, "{\"text\":\"x\"}").status(),
        "no entry while the province holds it");
    assertEquals(403, Api.post(path + "/acceptance", coordinator, "{}").status());

    String supervisor = Keycloak.userToken("supervisor");
    Api.Answer commented =
        Api.post(
            path + "/comments",
            supervisor,
            "{\"indicatorCode\":\"CAM.OPERATIONAL\",\"body\":\"Gửi kèm biên bản vận hành lại.\"}");
    assertEquals(201, commented.status(), commented.body());
    assertEquals(422, Api.post(path + "/return", supervisor, "{\"reason\":\" \"}").status());
    Api.Answer returned =
        Api.post(
            path + "/return", supervisor, "{\"reason\":\"Thiếu biên bản cho số đã điều chỉnh\"}");
    assertEquals("RETURNED", returned.json().getString("state"), returned.body());

    JsonObject seen = Api.get(path, coordinator).json();
    assertTrue(seen.getBoolean("editable"));
    JsonObject comment = seen.getJsonArray("comments").getJsonObject(0);
    assertEquals("CAM.OPERATIONAL", comment.getString("indicatorCode"), "a comment on one cell");
    Api.put(
        path + "/values/CAM.OPERATIONAL",
        coordinator,
        "{\"value\":%d,\"reason\":\"Biên bản số 12/BB ngày 12\"}".formatted(operational + 1));
    assertEquals(
        "SUBMITTED", Api.post(path + "/submission", coordinator, "{}").json().getString("state"));
    Api.Answer accepted = Api.post(path + "/acceptance", supervisor, "{}");
    assertEquals("ACCEPTED", accepted.json().getString("state"), accepted.body());
    assertEquals(
        List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"),
        accepted.json().getJsonArray("timeline").stream()
            .map(m -> m.asJsonObject().getString("to"))
            .toList());
    assertEquals(409, Api.post(path + "/return", supervisor, "{\"reason\":\"x\"}").status());

    HttpResponse<byte[]> xlsx = Api.download(path + "/report.xlsx", supervisor);
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    assertEquals('P', xlsx.body()[0]);
    HttpResponse<byte[]> docx = Api.download(path + "/report.docx", coordinator);
    assertEquals(200, docx.statusCode());
    assertTrue(docx.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"));

    try (Connection db = Database.asApplication();
        PreparedStatement audit =
            db.prepareStatement(
                "SELECT action FROM audit.entry WHERE object_type = 'report_submission'"
                    + " AND object_id = ? ORDER BY seq")) {
      audit.setString(1, String.valueOf(id));
      List<String> actions = new java.util.ArrayList<>();
      try (ResultSet rows = audit.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString("action"));
        }
      }
      for (String action :
          List.of(
              "REPORT_DRAFT_OPENED",
              "REPORT_FIGURE_ENTERED",
              "REPORT_SUBMITTED",
              "REPORT_COMMENTED",
              "REPORT_RETURNED",
              "REPORT_ACCEPTED",
              "REPORT_EXPORTED")) {
        assertTrue(actions.contains(action), action + " in " + actions);
      }
    }
  }

  @Test
  void a_locked_period_refuses_entry() {
    Api.Answer locked = open("coordinator", "VIOLATION_HANDLING", "2025-M01");
    assertEquals(409, locked.status(), locked.body());
    assertTrue(locked.contentType().startsWith("application/problem+json"));
    assertTrue(locked.json().getString("detail").contains("2025-M01"), locked.body());
    JsonObject period =
        Api.get("reports/periods/2025-M01", Keycloak.userToken("coordinator")).json();
    assertEquals("LOCKED", period.getString("status"));
    assertEquals("2024-12-15", period.getString("firstDay"));
    assertEquals("2025-01-14", period.getString("lastDay"));

    assertEquals(
        409, open("coordinator", "VIOLATION_HANDLING", "2199-M01").status(), "not started");
    assertEquals(
        422, open("coordinator", "VIOLATION_HANDLING", "2026-Q1").status(), "monthly form");
    assertEquals(404, open("coordinator", "NO_SUCH_FORM", null).status());
  }

  @Test
  void hostile_input_is_answered_4xx() {
    String coordinator = Keycloak.userToken("coordinator");
    String huge = "A".repeat(100_000);
    for (String body :
        List.of(
            "{\"formCode\":\"VIOLATION_HANDLING\",\"period\":\"999999999-M01\"}",
            "{\"formCode\":\"VIOLATION\\u0000HANDLING\"}",
            "{\"formCode\":\"" + huge + "\"}",
            "{\"formCode\":\"VIOLATION_HANDLING\",\"period\":\"" + huge + "\"}",
            "{\"formCode\":42}",
            "{not json",
            "[]")) {
      int status = Api.post("reports/submissions", coordinator, body).status();
      assertTrue(
          status >= 400 && status < 500,
          status + " for " + body.substring(0, Math.min(80, body.length())));
    }
    for (String query :
        List.of(
            "reports/submissions?size=-1",
            "reports/submissions?size=1000000000",
            "reports/submissions?page=-5",
            "reports/submissions?page=99999999999999999999",
            "reports/submissions?period=999999999-M01",
            "reports/submissions?state=%00",
            "reports/submissions?unit=" + "A".repeat(5000),
            "reports/periods?count=-1",
            "reports/periods?kind=WEEKLY",
            "reports/periods/999999999-Y",
            "reports/forms?at=999999999-01-01",
            "reports/forms/%00",
            "reports/submissions/99999999999999999999",
            "reports/submissions/123456789012345678")) {
      Api.Answer answer = Api.get(query, coordinator);
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          answer.status() + " for " + query.substring(0, Math.min(80, query.length())));
    }
    Api.Answer opened = open("coordinator", "VIOLATION_HANDLING", null);
    long id = opened.json().getJsonNumber("id").longValue();
    String path = "reports/submissions/" + id + "/values/";
    if (opened.json().getBoolean("editable")) {
      for (String[] attempt :
          new String[][] {
            {"VIO.DETECTED", "{\"value\":1e999999999,\"reason\":\"x\"}"},
            {"VIO.DETECTED", "{\"value\":-1,\"reason\":\"x\"}"},
            {"VIO.DETECTED", "{\"value\":12,\"reason\":\"" + huge + "\"}"},
            {"VIO.DETECTED", "{\"value\":12,\"reason\":\"a\\u0000b\"}"},
            {"VIO.ASSESSMENT", "{\"text\":\"" + huge + "\"}"},
            {"VIO.ASSESSMENT", "{\"text\":\"\\u0000\"}"},
            {"NO.SUCH", "{\"value\":1}"},
            {"%00", "{\"value\":1}"},
          }) {
        int status = Api.put(path + attempt[0], coordinator, attempt[1]).status();
        assertTrue(
            status >= 400 && status < 500,
            status
                + " for "
                + attempt[0]
                + " "
                + attempt[1].substring(0, Math.min(60, attempt[1].length())));
      }
    }
    Api.Answer english =
        Api.send(
            "POST",
            "reports/submissions",
            coordinator,
            "application/json",
            "{\"formCode\":\"VIOLATION_HANDLING\",\"period\":\"1999-M01\"}"
                .getBytes(StandardCharsets.UTF_8),
            "en");
    assertEquals(422, english.status());
    assertTrue(english.body().contains("Not a reporting period"), english.body());
    assertFalse(english.body().contains("Kỳ báo cáo không hợp lệ"));
  }

  /**
   * Cases of the commune in the current period: detected now, one verified with a fine decided and
   * paid and a notice issued, one rejected.
   */
  private static void insertCases(String commune, int count) throws SQLException {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    try (Connection db = Database.asApplication()) {
      for (int i = 0; i < count; i++) {
        long caseId;
        try (PreparedStatement insert =
            db.prepareStatement(
                """
                INSERT INTO violation.violation_case (case_number, jurisdiction_code, camera_code,
                       detected_type, detected_plate, plate_key, first_event_id, occurred_at,
                       last_detected_at, state, verified_type, fine_vnd, penalty_decided_at,
                       identification_due)
                VALUES (?, ?, 'GL-QN-0001', ?, '77A-123.45', '77A12345', ?, now() - interval '1 second',
                        now() - interval '1 second', ?, ?, ?, ?, current_date + 10)
                RETURNING id
                """)) {
          insert.setString(1, ("IT" + run + i));
          insert.setString(2, commune);
          insert.setString(3, i % 2 == 0 ? "RED_LIGHT" : "SPEEDING");
          insert.setLong(4, -System.nanoTime());
          insert.setString(5, i == 0 ? "PAID" : i == 1 ? "REJECTED" : "DETECTED");
          insert.setString(6, i == 0 ? "RED_LIGHT" : null);
          if (i == 0) {
            insert.setLong(7, 18_000_000L);
            insert.setTimestamp(8, Timestamp.from(Instant.now().minusSeconds(1)));
          } else {
            insert.setNull(7, java.sql.Types.BIGINT);
            insert.setNull(8, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
          }
          try (ResultSet key = insert.executeQuery()) {
            key.next();
            caseId = key.getLong(1);
          }
        }
        if (i <= 1) {
          execute(
              db,
              "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, at)"
                  + " VALUES (?, 'IN_REVIEW', ?, 'it', now() - interval '1 second')",
              caseId,
              i == 0 ? "VERIFIED" : "REJECTED");
        }
        if (i == 0) {
          execute(
              db,
              "INSERT INTO violation.notice (case_id, notice_number, verification_code, issued_by,"
                  + " issued_at, response_due, docx, docx_sha256) VALUES (?, ?, ?, 'it',"
                  + " now() - interval '1 second', current_date + 20, '\\x504b'::bytea, repeat('0', 64))",
              caseId,
              "IT-" + run,
              ("V" + run).substring(0, Math.min(16, run.length() + 1)));
          execute(
              db,
              "INSERT INTO violation.payment (case_id, channel, transaction_ref, fine_vnd, late_fee_vnd,"
                  + " amount_vnd, paid_at, recorded_by) VALUES (?, 'COUNTER', ?, 18000000, 90000,"
                  + " 18090000, now() - interval '1 second', 'it')",
              caseId,
              "IT-PAY-" + run);
        }
      }
    }
  }

  private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  /** The violation figures of a commune and period, computed here by hand. */
  private static Map<String, BigDecimal> violationTotals(String commune, Instant from, Instant to)
      throws SQLException {
    Map<String, BigDecimal> totals = new HashMap<>();
    try (Connection db = Database.asApplication()) {
      totals.put(
          "VIO.DETECTED",
          one(
              db,
              "SELECT count(*) FROM violation.violation_case WHERE jurisdiction_code = ?"
                  + " AND occurred_at >= ? AND occurred_at < ?",
              commune,
              from,
              to));
      for (String type : List.of("RED_LIGHT", "SPEEDING", "NO_HELMET")) {
        totals.put(
            "VIO.DETECTED." + type,
            one(
                db,
                "SELECT count(*) FROM violation.violation_case WHERE jurisdiction_code = ?"
                    + " AND occurred_at >= ? AND occurred_at < ? AND detected_type = '"
                    + type
                    + "'",
                commune,
                from,
                to));
        totals.put(
            "VIO.FINES_IMPOSED." + type,
            one(
                db,
                "SELECT coalesce(sum(fine_vnd), 0) FROM violation.violation_case"
                    + " WHERE jurisdiction_code = ? AND penalty_decided_at >= ? AND penalty_decided_at < ?"
                    + " AND coalesce(verified_type, detected_type) = '"
                    + type
                    + "'",
                commune,
                from,
                to));
      }
      for (String state : List.of("VERIFIED", "REJECTED")) {
        totals.put(
            "VIO." + state,
            one(
                db,
                "SELECT count(DISTINCT t.case_id) FROM violation.case_transition t"
                    + " JOIN violation.violation_case c ON c.id = t.case_id WHERE c.jurisdiction_code = ?"
                    + " AND t.at >= ? AND t.at < ? AND t.to_state = '"
                    + state
                    + "'",
                commune,
                from,
                to));
      }
      totals.put(
          "VIO.NOTICES",
          one(
              db,
              "SELECT count(*) FROM violation.notice n JOIN violation.violation_case c"
                  + " ON c.id = n.case_id WHERE c.jurisdiction_code = ? AND n.issued_at >= ?"
                  + " AND n.issued_at < ?",
              commune,
              from,
              to));
      totals.put(
          "VIO.FINES_IMPOSED",
          one(
              db,
              "SELECT coalesce(sum(fine_vnd), 0) FROM violation.violation_case"
                  + " WHERE jurisdiction_code = ? AND penalty_decided_at >= ? AND penalty_decided_at < ?",
              commune,
              from,
              to));
      totals.put(
          "VIO.FINES_COLLECTED",
          one(
              db,
              "SELECT coalesce(sum(p.amount_vnd), 0) FROM violation.payment p"
                  + " JOIN violation.violation_case c ON c.id = p.case_id WHERE c.jurisdiction_code = ?"
                  + " AND p.paid_at >= ? AND p.paid_at < ?",
              commune,
              from,
              to));
    }
    return totals;
  }

  /** The camera figures of a commune at the end of a period, computed here by hand. */
  private static Map<String, Long> cameraTotals(String commune, Instant to) throws SQLException {
    Map<String, Long> totals = new HashMap<>();
    try (Connection db = Database.asApplication()) {
      String base =
          "SELECT count(*) FROM camera.camera WHERE jurisdiction_code = ?"
              + " AND status <> 'DECOMMISSIONED' AND created_at < ?";
      totals.put("CAM.REGISTERED", one(db, base, commune, to).longValueExact());
      totals.put(
          "CAM.INSTALLED",
          one(db, base + " AND status IN ('INSTALLED', 'OPERATIONAL', 'MAINTENANCE')", commune, to)
              .longValueExact());
      totals.put(
          "CAM.OPERATIONAL",
          one(db, base + " AND status = 'OPERATIONAL'", commune, to).longValueExact());
    }
    return totals;
  }

  private static BigDecimal one(Connection db, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object value = parameters[i];
        statement.setObject(
            i + 1,
            value instanceof Instant instant ? instant.atOffset(java.time.ZoneOffset.UTC) : value);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getBigDecimal(1);
      }
    }
  }
}
