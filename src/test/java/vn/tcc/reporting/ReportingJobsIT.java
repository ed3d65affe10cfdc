package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Report files in the background and the reporting dashboard against the real server, database and
 * Keycloak: a job answers 202 with its address, moves to DONE with a progress that never goes back,
 * and its file opens with POI and carries the template's text; another person — a colleague of the
 * same rank, another unit's coordinator — gets 404 for it, and the refusals, the start, the end and
 * the download are on the audit trail. The dashboard answers each viewer for his area.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingJobsIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private record Started(int status, String location, String contentType, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  /** POST reports/jobs, keeping the Location header the shared helper does not expose. */
  private static Started start(String token, String json) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/reports/jobs"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Started(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** Polls the job until it is over; returns the progress values seen, the last one DONE's. */
  private static List<Integer> untilDone(String path, String token) throws Exception {
    List<Integer> seen = new ArrayList<>();
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      Api.Answer job = Api.get(path, token);
      assertEquals(200, job.status(), job.body());
      JsonObject json = job.json();
      int progress = json.getInt("progress");
      assertTrue(progress >= 0 && progress <= 100, job.body());
      seen.add(progress);
      String state = json.getString("state");
      assertFalse("FAILED".equals(state), job.body());
      if ("DONE".equals(state)) {
        assertEquals(100, progress);
        return seen;
      }
      Thread.sleep(200); // a poll interval, like the page's bar; the deadline bounds the wait
    }
    throw new AssertionError("The job did not finish in 90 s: " + seen);
  }

  private static long synthesisId(String supervisor) {
    Api.Answer list = Api.get("reports/syntheses?form=VIOLATION_HANDLING", supervisor);
    assertEquals(200, list.status(), list.body());
    JsonArray rows = list.jsonArray();
    assertFalse(rows.isEmpty(), "the demo's past month has a synthesis");
    return rows.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static void assertProblem(Api.Answer answer, int... statuses) {
    boolean expected = false;
    for (int s : statuses) {
      expected |= answer.status() == s;
    }
    assertTrue(expected, answer.status() + " " + answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
  }

  private static long audited(String action, long jobId) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE action = ? AND object_type = 'report_job'"
                    + " AND object_id = ?")) {
      count.setString(1, action);
      count.setString(2, String.valueOf(jobId));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test
  void a_syntheses_workbook_is_written_in_the_background_for_its_requester_only() throws Exception {
    String supervisor = Keycloak.userToken("supervisor");
    long synthesis = synthesisId(supervisor);

    Started started =
        start(
            supervisor,
            "{\"kind\":\"SYNTHESIS\",\"targetId\":" + synthesis + ",\"format\":\"xlsx\"}");
    assertEquals(202, started.status(), started.body());
    assertTrue(
        started.location() != null && started.location().matches(".*/api/v1/reports/jobs/\\d+"),
        started.location());
    long job = started.json().getJsonNumber("id").longValue();
    assertTrue(started.location().endsWith("/reports/jobs/" + job));
    String path = "reports/jobs/" + job;

    List<Integer> seen = untilDone(path, supervisor);
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
    }
    HttpResponse<byte[]> file = Api.download(path + "/file", supervisor);
    assertEquals(200, file.statusCode());
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
        file.headers().toString());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertTrue(workbook.getNumberOfSheets() >= 1);
      assertTrue(
          workbook
              .getSheetAt(0)
              .getRow(5)
              .getCell(0)
              .getStringCellValue()
              .startsWith("Nguồn số liệu"),
          "the packaged template's text");
      assertTrue(
          workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains("—"),
          "the template's title row, filled");
    }

    // Nobody else sees it: not another supervisor of the province, not a coordinator.
    for (String other : List.of("supervisor2", "coordinator", "auditor")) {
      String token = Keycloak.userToken(other);
      assertProblem(Api.get(path, token), 404);
      assertEquals(404, Api.download(path + "/file", token).statusCode());
    }
    // Officers have no part in reports at all.
    assertEquals(403, Api.get(path, Keycloak.userToken("officer")).status());

    assertEquals(1, audited("REPORT_JOB_STARTED", job));
    assertEquals(1, audited("REPORT_JOB_FINISHED", job));
    assertEquals(1, audited("REPORT_JOB_DOWNLOADED", job));
    assertEquals(6, audited("REPORT_JOB_REFUSED", job));
  }

  @Test
  void a_syntheses_word_report_comes_from_the_template_too() throws Exception {
    String supervisor = Keycloak.userToken("supervisor");
    long synthesis = synthesisId(supervisor);
    Started started =
        start(
            supervisor,
            "{\"kind\":\"SYNTHESIS\",\"targetId\":" + synthesis + ",\"format\":\"docx\"}");
    assertEquals(202, started.status(), started.body());
    String path = "reports/jobs/" + started.json().getJsonNumber("id").longValue();
    untilDone(path, supervisor);
    HttpResponse<byte[]> file = Api.download(path + "/file", supervisor);
    assertEquals(200, file.statusCode());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertTrue(text.getText().contains("Kính gửi: Ủy ban nhân dân tỉnh."), text.getText());
      assertFalse(text.getText().contains("{{"), "every placeholder filled");
    }
  }

  @Test
  void a_coordinator_exports_his_units_report_and_another_unit_cannot_see_it() throws Exception {
    String coordinator = Keycloak.userToken("coordinator");
    String other = Keycloak.userToken("coordinator2");
    Api.Answer mine = Api.get("reports/submissions?size=1", coordinator);
    assertEquals(200, mine.status(), mine.body());
    JsonArray items = mine.json().getJsonArray("items");
    assertFalse(items.isEmpty(), "the demo's coordinator has a report");
    long submission = items.getJsonObject(0).getJsonNumber("id").longValue();
    String body = "{\"kind\":\"SUBMISSION\",\"targetId\":" + submission + ",\"format\":\"docx\"}";

    // Another unit's coordinator cannot even start it: the report does not exist for him.
    Started refused = start(other, body);
    assertEquals(404, refused.status(), refused.body());
    // A synthesis is not a coordinator's.
    Started synthesis =
        start(
            coordinator,
            "{\"kind\":\"SYNTHESIS\",\"targetId\":"
                + synthesisId(Keycloak.userToken("supervisor"))
                + ",\"format\":\"xlsx\"}");
    assertEquals(403, synthesis.status(), synthesis.body());

    Started started = start(coordinator, body);
    assertEquals(202, started.status(), started.body());
    String path = "reports/jobs/" + started.json().getJsonNumber("id").longValue();
    untilDone(path, coordinator);
    HttpResponse<byte[]> file = Api.download(path + "/file", coordinator);
    assertEquals(200, file.statusCode());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
      assertFalse(document.getParagraphs().isEmpty());
    }
    assertProblem(Api.get(path, other), 404);
  }

  @Test
  void hostile_job_requests_are_4xx_problems() throws Exception {
    String supervisor = Keycloak.userToken("supervisor");
    List<String> bodies =
        List.of(
            "{\"kind\":\"EVERYTHING\",\"targetId\":1,\"format\":\"xlsx\"}",
            "{\"kind\":\"SYNTHESIS\",\"targetId\":-5,\"format\":\"xlsx\"}",
            "{\"kind\":\"SYNTHESIS\",\"targetId\":1,\"format\":\"pdf\\u0000\"}",
            "{\"kind\":\"SYNTHESIS\",\"targetId\":\"abc\",\"format\":\"xlsx\"}",
            "{\"kind\":\"SYNTHESIS\",\"targetId\":99999999999999999999999,\"format\":\"xlsx\"}",
            "{\"kind\":\"" + "S".repeat(100_000) + "\",\"targetId\":1,\"format\":\"xlsx\"}",
            "{",
            "null");
    for (String body : bodies) {
      Started answer = start(supervisor, body);
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          answer.status() + " for " + body.substring(0, Math.min(60, body.length())));
      assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }
    assertEquals(
        404,
        start(supervisor, "{\"kind\":\"SYNTHESIS\",\"targetId\":987654321987,\"format\":\"xlsx\"}")
            .status());
    assertEquals(404, Api.get("reports/jobs/999999999999999999", supervisor).status());
    assertTrue(Api.get("reports/jobs/99999999999999999999999", supervisor).status() == 404);
    assertEquals(404, Api.get("reports/jobs/-1", supervisor).status());
    assertEquals(401, Api.get("reports/jobs/1", null).status());
  }

  @Test
  void the_dashboard_answers_each_viewer_for_his_area() throws Exception {
    Api.Answer province = Api.get("reports/dashboard", Keycloak.userToken("supervisor"));
    assertEquals(200, province.status(), province.body());
    JsonObject p = province.json();
    assertEquals("GL", p.getString("area"));
    assertEquals(12, p.getJsonArray("months").size());
    assertTrue(p.getJsonObject("timeliness").getJsonArray("current").size() > 1);

    Api.Answer unit = Api.get("reports/dashboard", Keycloak.userToken("coordinator"));
    assertEquals(200, unit.status(), unit.body());
    JsonObject u = unit.json();
    JsonArray current = u.getJsonObject("timeliness").getJsonArray("current");
    assertEquals(1, current.size(), unit.body());
    assertEquals("CA.QUY_NHON", current.getJsonObject(0).getString("unitCode"));
    for (var camera : u.getJsonArray("cameras")) {
      assertTrue(
          camera.asJsonObject().getString("communeCode").startsWith(u.getString("area")),
          "only his area's cameras: " + camera);
    }

    assertEquals(403, Api.get("reports/dashboard", Keycloak.userToken("officer")).status());
    assertProblem(
        Api.get("reports/dashboard?form=%00DROP", Keycloak.userToken("supervisor")), 400, 422);
    assertEquals(401, Api.get("reports/dashboard", null).status());
  }
}
