package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;

/**
 * The provincial supervisor in Chromium with the demo data: the reporting dashboard lists the
 * units' filings and draws its charts with Vietnamese numbers (or says what to do when a chart has
 * no data); on the synthesis page, the Excel button shows a progress bar and then offers the file,
 * which arrives and opens.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingDashboardBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** The Chart.js chart drawn in a p:chart, through its PrimeFaces widget. */
  private static String chart(String id) {
    return "(function(){var w = PrimeFaces.widgets['widget_reportDashboard_"
        + id
        + "']; var el = document.getElementById('reportDashboard:"
        + id
        + "_canvas'); return (w && w.chart) || (window.Chart && el && Chart.getChart(el)) || null;})()";
  }

  @Test
  void the_dashboard_draws_its_charts_and_a_synthesis_file_arrives_after_its_progress_bar()
      throws Exception {
    try (Browser supervisor = new Browser()) {
      supervisor.signIn("supervisor");
      supervisor.click(By.id("menuReportDashboard"));
      supervisor.waitFor(By.id("reportDashboard:current"));
      assertTrue(
          supervisor.text(By.id("reportDashboard:current")).contains("Công an phường Quy Nhơn"));
      supervisor.waitFor(By.id("filedCount"));

      // The demo's cameras: installed beside operational, per commune, numbers the Vietnamese way.
      supervisor.waitUntil(
          "var c = "
              + chart("cameraChart")
              + "; return !!c && c.data.datasets.length === 2"
              + " && c.data.labels.length > 0;");
      assertEquals(
          "vi-VN", supervisor.script("return " + chart("cameraChart") + ".options.locale;"));

      for (String[] pair :
          new String[][] {{"violationChart", "noViolations"}, {"finesChart", "noFines"}}) {
        if (supervisor.driver().findElements(By.id("reportDashboard:" + pair[0])).isEmpty()) {
          // No data in the last twelve months: the page says what to do next.
          String empty = supervisor.text(By.id("reportDashboard:" + pair[1]));
          assertTrue(empty.contains("12 tháng"), empty);
        } else {
          supervisor.waitUntil(
              "var c = " + chart(pair[0]) + "; return !!c && c.data.labels.length === 12;");
        }
      }

      supervisor.click(By.id("menuSynthesis"));
      supervisor.click(By.id("synthesis:list:0:openSynthesis"));
      supervisor.waitFor(By.id("synthesisTitle"));
      supervisor.click(By.id("detail:xlsx"));
      supervisor.waitFor(By.id("detail:jobProgress"));
      supervisor.click(By.id("detail:jobFile"));
      Path file = supervisor.waitForDownload(".xlsx");
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        assertTrue(
            workbook
                .getSheetAt(0)
                .getRow(5)
                .getCell(0)
                .getStringCellValue()
                .startsWith("Nguồn số liệu"));
      }
    }
  }
}
