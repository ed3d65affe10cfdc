package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Where people land shows the work waiting for them (issue 18, point 7), in Chromium against the
 * real server: an officer sees the cases he may review and opens the review screen from the tile; a
 * supervisor sees the disagreements and opens the case list filtered to them, with its total; the
 * statistics page draws its charts for a period chosen in the address, refuses an impossible period
 * politely and exports the figures to an Excel workbook.
 */
@ExtendWith(ArquillianExtension.class)
class WorkWaitingBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_landing_page_counts_the_work_waiting_and_each_tile_opens_it() throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    ViolationCaseIT.caseOf(
        ViolationCaseIT.ingest(
                List.of(ViolationCaseIT.event(plate, "WRONG_WAY", ViolationCaseIT.recently())))
            .get(0));
    String disputedPlate = ViolationCaseIT.uniquePlate();
    String disputed =
        ViolationCaseIT.caseOf(
            ViolationCaseIT.ingest(
                    List.of(
                        ViolationCaseIT.event(
                            disputedPlate, "RED_LIGHT", ViolationCaseIT.recently())))
                .get(0));
    ViolationCaseIT.review(
        disputed, ViolationCaseIT.officer(), ViolationCaseIT.confirm(disputedPlate, "RED_LIGHT"));
    ViolationCaseIT.review(
        disputed, Keycloak.userToken("officer3"), ViolationCaseIT.reject("Xe ưu tiên"));

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      assertTrue(count(officer, "workReviewCount") >= 1, "the new case waits for his review");
      assertTrue(officer.driver().findElements(By.id("workDisputed")).isEmpty(), "not his work");
      officer.waitFor(By.id("workOfflineCount"));
      officer.waitFor(By.id("workExpiringCount"));
      officer.click(By.cssSelector("#workReview a"));
      officer.waitFor(By.id("review:takeNext"));
    }

    try (Browser supervisor = new Browser()) {
      supervisor.signIn("supervisor");
      assertTrue(count(supervisor, "workDisputedCount") >= 1, "the disagreement waits for him");
      supervisor.click(By.cssSelector("#workDisputed a"));
      supervisor.waitForText(By.id("cases:results"), disputed);
      assertEquals(
          "DISPUTED",
          supervisor.waitFor(By.id("cases:state")).getAttribute("value"),
          "the list opens filtered to what the tile counted");
      String total = supervisor.text(By.id("casesTotal"));
      assertTrue(total.matches("\\d[\\d.]* hồ sơ"), total);
    }
  }

  @Test
  void the_statistics_page_charts_a_chosen_period_and_exports_it() throws Exception {
    ViolationCaseIT.caseOf(
        ViolationCaseIT.ingest(
                List.of(
                    ViolationCaseIT.event(
                        ViolationCaseIT.uniquePlate(), "WRONG_LANE", ViolationCaseIT.recently())))
            .get(0));
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.click(By.id("menuViolationDashboard"));
      assertTrue(count(officer, "periodCases") >= 1);
      officer.waitUntil(
          "return document.querySelector('#casesPerDay canvas') != null"
              + " && document.querySelector('#finesPerDay') != null;");
      assertTrue(officer.text(By.id("periodShown")).contains("/"), "dates the Vietnamese way");

      officer.click(By.id("period:export"));
      Path workbook = officer.waitForDownload(".xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
        assertEquals(3, book.getNumberOfSheets());
        assertEquals("Theo ngày", book.getSheetAt(0).getSheetName());
        assertEquals("Ngày", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        assertTrue(book.getSheetAt(0).getLastRowNum() >= 1, "today's cases are in the sheet");
      }

      // An impossible period is a polite message in the page's language, not an error page (the
      // view action's message used to come out in the browser's language: see
      // LanguageViewHandler).
      officer.open("/violation/dashboard.xhtml?from=2026-12-07&to=2020-01-01");
      officer.waitFor(By.id("period:from"));
      officer.waitForText(By.id("period:messages"), "không hợp lệ");
      assertFalse(officer.driver().getPageSource().contains("periodCases"));
      // Unreadable dates fall back to the last 14 days.
      officer.open("/violation/dashboard.xhtml?from=not-a-date&to=999999999-01-01");
      officer.waitFor(By.id("periodCases"));
    }
  }

  private static long count(Browser browser, String id) {
    return Long.parseLong(browser.text(By.id(id)).replaceAll("[^0-9]", ""));
  }
}
