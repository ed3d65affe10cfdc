package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;

/**
 * What an administrator and an officer see of retention, in Chromium against the real server with
 * the demo data: the dashboard with its storage chart and volumes, the policies in words, the
 * camera page's recording window; an officer's menu offers the holds and the review only; an
 * officer reviews his ward's data and transfers a clip to the province, which province staff then
 * see arrived.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_administrator_sees_the_dashboard_with_its_chart_and_the_policies_in_words() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin");
      admin.click(By.id("menuRetentionDashboard"));
      admin.waitFor(By.cssSelector("#dashboard\\:bytesChart canvas"));
      assertFalse(
          admin.driver().findElements(By.cssSelector("#volumes tr.tcc-volume")).isEmpty(),
          "the demo data's volumes are listed");
      assertTrue(admin.driver().findElements(By.id("dashboard:noVolumes")).isEmpty());
      admin.waitFor(By.id("holdsInForce"));

      admin.click(By.id("menuRetentionPolicies"));
      admin.waitForText(By.id("policies:inForce"), "30 ngày");
      admin.waitForText(By.id("policies:inForce"), "5 năm");
      admin.waitForText(By.id("policies:inForce"), "Lượt nhận dạng biển số");
      admin.waitFor(By.id("policyForm:save"));
    }
  }

  @Test
  void an_officer_is_offered_the_holds_and_sees_the_recording_window_of_his_camera() {
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.waitFor(By.id("menuRetentionHolds"));
      assertTrue(officer.driver().findElements(By.id("menuRetentionDashboard")).isEmpty());
      officer.click(By.id("menuRetentionHolds"));
      officer.waitFor(By.id("holdForm:place"));

      officer.open("/camera/view.xhtml?code=GL-QN-0001");
      officer.waitForText(By.id("recordingWindow"), "30 ngày");
    }
  }

  @Test
  void an_officer_reviews_his_wards_data_and_transfers_a_clip_to_the_province() throws Exception {
    RetentionReviewTransferIT.Queued queued = RetentionReviewTransferIT.queuedFile();
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.click(By.id("menuRetentionReview"));
      officer.waitFor(By.id("review:queue"));
      officer.type("review:cameraCode", RetentionReviewTransferIT.CAMERA);
      // The filter re-renders the table: wait for the new rows before ticking one.
      WebElement unfiltered = officer.waitFor(By.id("review:queue_data"));
      officer.click(By.id("review:filter"));
      new WebDriverWait(officer.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.stalenessOf(unfiltered));
      By tick =
          By.xpath(
              "//tbody[@id='review:queue_data']/tr[td[normalize-space()='"
                  + queued.item()
                  + "']]//div[contains(@class,'ui-chkbox-box')]");
      officer.click(tick);
      officer.type("review:reason", "Chứng cứ vụ va chạm tại bến xe, lưu lâu dài (kiểm thử)");
      officer.click(By.id("review:transfer"));
      officer.waitForText(By.id("review:messages"), "đã được kiểm tra khớp tại nơi nhận");
      officer.waitForText(By.id("custody"), queued.sha256());
    }
    assertTrue(Files.exists(RetentionReviewTransferIT.provinceFile(queued.sha256())));
    assertFalse(Files.exists(RetentionReviewTransferIT.communeFile(queued.sha256())));

    try (Browser supervisor = new Browser()) {
      supervisor.signIn("supervisor");
      supervisor.click(By.id("menuRetentionReview"));
      supervisor.waitForText(By.id("arrivals"), "GL.QUY_NHON");
      supervisor.waitForText(By.id("arrivals"), queued.sha256().substring(0, 12));
      assertEquals(
          1,
          supervisor.driver().findElements(By.id("locations")).size(),
          "the storage locations are listed");
    }
  }
}
