package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The whole reporting workflow as people do it in Chromium, on the data-protection report of the
 * current quarter: the coordinator of Quy Nhơn opens his pre-filled report, corrects one figure
 * with a reason, types the ones TCC cannot know and submits; the reviewer returns it with a comment
 * on that cell; the coordinator sees the comment and submits again; the reviewer accepts; the
 * reviewer builds and reviews the provincial synthesis; the leader (a second supervisor) approves
 * it and downloads the workbook and the Word report, which open with POI. Expects the fresh
 * database of {@code bin/tcc test} (no data-protection report of Quy Nhơn yet this quarter).
 */
@ExtendWith(ArquillianExtension.class)
class ReportWorkflowBrowserIT {
  private static final String FORM = "DATA_PROTECTION";
  private static final String CELL = "DP.ACCESS_REFUSED";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** The indicators' names as the page shows them (Vietnamese, the default language). */
  private static final java.util.Map<String, String> NAMES =
      java.util.Map.of(
          CELL,
          "Số lượt truy cập dữ liệu camera được chia sẻ bị từ chối",
          "DP.DELETION_RECORDS",
          "Số biên bản xóa dữ liệu đã ký",
          "DP.ITEMS_DELETED",
          "Số mục dữ liệu đã xóa");

  private static String line(String indicator) {
    return "//tr[td[1][contains(normalize-space(.),'" + NAMES.get(indicator) + "')]]";
  }

  private static By row(String indicator, String field) {
    return By.xpath(line(indicator) + "//*[contains(@id,':" + field + "')]");
  }

  private static void waitStale(Browser browser, WebElement element) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(element));
  }

  /** The coordinator's page on the data-protection form. */
  private static void openMyReport(Browser coordinator) {
    coordinator.open("/reports/my-report.xhtml");
    WebElement period = coordinator.waitFor(By.id("period"));
    new Select(coordinator.waitFor(By.id("report:form"))).selectByValue(FORM);
    waitStale(coordinator, period);
  }

  private static void enter(Browser coordinator, String indicator, String value, String reason) {
    coordinator.waitFor(row(indicator, "value")).clear();
    coordinator.driver().findElement(row(indicator, "value")).sendKeys(value);
    if (reason != null) {
      coordinator.driver().findElement(row(indicator, "reason")).clear();
      coordinator.driver().findElement(row(indicator, "reason")).sendKeys(reason);
    }
    WebElement save = coordinator.driver().findElement(row(indicator, "save"));
    save.click();
    waitStale(coordinator, save);
  }

  private static void submit(Browser coordinator) {
    coordinator.click(By.id("report:submit"));
    coordinator.click(By.cssSelector(".ui-confirmdialog-yes"));
    coordinator.waitForText(By.id("state"), "Đã gửi");
  }

  /** The reviewer's page with this unit's data-protection report opened. */
  private static void openForReview(Browser reviewer) {
    reviewer.open("/reports/review.xhtml");
    reviewer.click(
        By.xpath(
            "//tr[td[contains(.,'Công an phường Quy Nhơn')] and td[contains(.,'Bảo vệ dữ liệu')]]"
                + "//button[contains(@id,'openReport')]"));
    reviewer.waitForText(By.id("reportTitle"), "Công an phường Quy Nhơn");
  }

  @Test
  void a_report_goes_from_the_unit_through_review_to_the_leaders_approved_synthesis()
      throws Exception {
    String quarter =
        Api.get("reports/periods?kind=QUARTERLY&count=1", Keycloak.userToken("supervisor"))
            .body()
            .replaceAll("(?s).*?\"key\":\"([^\"]+)\".*", "$1");
    assertTrue(quarter.matches("[0-9]{4}-Q[1-4]"), quarter);

    try (Browser coordinator = new Browser()) {
      coordinator.signIn("coordinator");
      openMyReport(coordinator);
      coordinator.click(By.id("report:open"));
      coordinator.waitForText(By.id("state"), "Đang soạn");
      String prefilled = coordinator.waitFor(row(CELL, "value")).getAttribute("value");
      assertTrue(prefilled.matches("[0-9.]+"), "TCC filled in " + CELL + ": " + prefilled);
      int corrected = Integer.parseInt(prefilled.replace(".", "")) + 2;
      enter(coordinator, CELL, String.valueOf(corrected), "Hai lượt từ chối ghi nhận bằng văn bản");
      coordinator.waitForText(By.xpath(line(CELL)), "Đơn vị điều chỉnh");
      // What only the province's purges know: the commune types it.
      enter(coordinator, "DP.DELETION_RECORDS", "0", null);
      enter(coordinator, "DP.ITEMS_DELETED", "0", null);
      submit(coordinator);
    }

    try (Browser reviewer = new Browser()) {
      reviewer.signIn("supervisor");
      openForReview(reviewer);
      assertTrue(
          reviewer
              .text(By.xpath("//tr[td[contains(.,'Hai lượt từ chối')]]"))
              .contains("Đơn vị điều chỉnh"));
      new Select(reviewer.waitFor(By.id("detail:target"))).selectByValue(CELL);
      reviewer.type("detail:body", "Gửi kèm văn bản ghi nhận hai lượt từ chối.");
      WebElement comment = reviewer.waitFor(By.id("detail:comment"));
      comment.click();
      waitStale(reviewer, comment);
      reviewer.waitForText(By.cssSelector(".tcc-cell-comment"), "Gửi kèm văn bản");
      reviewer.type("detail:reason", "Thiếu văn bản cho số đã điều chỉnh");
      reviewer.click(By.id("detail:return"));
      reviewer.waitForText(By.id("state"), "Bị trả lại");
    }

    try (Browser coordinator = new Browser()) {
      coordinator.signIn("coordinator");
      openMyReport(coordinator);
      coordinator.waitForText(By.id("state"), "Bị trả lại");
      coordinator.waitForText(By.cssSelector(".tcc-cell-comment"), "Gửi kèm văn bản");
      submit(coordinator);
    }

    try (Browser reviewer = new Browser()) {
      reviewer.signIn("supervisor");
      openForReview(reviewer);
      reviewer.click(By.id("detail:accept"));
      reviewer.waitForText(By.id("state"), "Đã tiếp nhận");

      reviewer.open("/reports/synthesis.xhtml");
      WebElement period = reviewer.waitFor(By.id("synthesis:period"));
      new Select(reviewer.waitFor(By.id("synthesis:form"))).selectByValue(FORM);
      waitStale(reviewer, period);
      new Select(reviewer.waitFor(By.id("synthesis:period"))).selectByValue(quarter);
      reviewer.click(By.id("synthesis:build"));
      reviewer.waitForText(By.id("state"), "Dự thảo");
      reviewer.click(By.id("detail:review"));
      reviewer.waitForText(By.id("state"), "Đã rà soát");
    }

    try (Browser leader = new Browser()) {
      leader.signIn("supervisor2");
      leader.open("/reports/synthesis.xhtml");
      WebElement period = leader.waitFor(By.id("synthesis:period"));
      new Select(leader.waitFor(By.id("synthesis:form"))).selectByValue(FORM);
      waitStale(leader, period);
      leader.click(
          By.xpath(
              "//tr[td[normalize-space(.)='"
                  + quarter
                  + "']]//button[contains(@id,'openSynthesis')]"));
      leader.waitForText(By.id("state"), "Đã rà soát");
      leader.click(By.id("detail:approve"));
      leader.waitForText(By.id("state"), "Đã phê duyệt");

      // Each file is written in the background; its button appears, named, when it is ready.
      leader.click(By.id("detail:xlsx"));
      leader.waitForText(By.id("detail:jobFile"), ".xlsx");
      leader.click(By.id("detail:jobFile"));
      Path xlsx = leader.waitForDownload(".xlsx");
      leader.click(By.id("detail:docx"));
      leader.waitForText(By.id("detail:jobFile"), ".docx");
      leader.click(By.id("detail:jobFile"));
      Path docx = leader.waitForDownload(".docx");
      try (InputStream in = Files.newInputStream(xlsx);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        assertTrue(workbook.getNumberOfSheets() >= 1);
      }
      try (InputStream in = Files.newInputStream(docx);
          XWPFDocument document = new XWPFDocument(in);
          XWPFWordExtractor text = new XWPFWordExtractor(document)) {
        String body = text.getText().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        assertTrue(body.contains("công an tỉnh gia lai"), body);
        assertTrue(body.contains("bảo vệ dữ liệu cá nhân"), body);
        assertTrue(body.contains("dự thảo"), "approved, not yet submitted: " + body);
      }
    }
  }

  @Test
  void the_administrator_reads_a_forms_versions_on_the_forms_page() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin");
      admin.open("/reports/forms.xhtml");
      admin.click(
          By.xpath(
              "//tr[td[normalize-space(.)='" + FORM + "']]//button[contains(@id,'openVersion')]"));
      admin.waitForText(By.id("versionTitle"), FORM);
      String page = admin.text(By.tagName("body"));
      assertTrue(page.contains("Số biên bản xóa dữ liệu đã ký"), page);
      assertTrue(page.contains("DP.LOOKUPS.OWNER_IDENTIFICATION"), "the sum is listed: " + page);
      assertTrue(!page.contains("???"), page);
    }
  }
}
