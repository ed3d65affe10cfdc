package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The camera page agrees with itself and shows the camera as it is now (issue 18, point 6), in
 * Chromium against the real ZoneMinder: a linked camera names its VMS and shows its current
 * picture, fetched through TCC after the live view's checks; an admin (who does not watch) gets no
 * picture; a camera whose health the registry holds without a recorded transition says "offline
 * since" the same time its uptime section starts the outage.
 */
@ExtendWith(ArquillianExtension.class)
class CameraPageBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_linked_camera_shows_its_vms_and_its_current_picture() {
    LiveCameras.link();
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/camera/view.xhtml?code=" + LiveCameras.FIRST);
      officer.waitForText(By.id("cameraVms"), "ZM-DEMO");
      officer.waitUntil(
          "var i = document.getElementById('cameraSnapshot');"
              + " return i != null && i.complete && i.naturalWidth > 0;");
      assertTrue(officer.text(By.id("snapshotTakenAt")).matches(".*\\d.*"));
    }
    try (Browser admin = new Browser()) {
      admin.signIn("admin");
      admin.open("/camera/view.xhtml?code=" + LiveCameras.FIRST);
      admin.waitForText(By.id("cameraVms"), "ZM-DEMO");
      assertTrue(admin.driver().findElements(By.id("cameraSnapshot")).isEmpty());
    }
  }

  @Test
  void the_header_and_the_uptime_tell_the_same_outage() throws Exception {
    // An unlinked camera the registry says is offline for two hours, with no transition recorded.
    try (Connection db = Database.asApplication();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE camera.camera SET health = 'OFFLINE', health_since = now() - interval '2 hours'"
              + " WHERE code = 'GL-QN-0002'");
    }
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/camera/view.xhtml?code=GL-QN-0002");
      String since = officer.text(By.id("cameraHealthSince"));
      List<WebElement> gaps =
          officer.driver().findElements(By.cssSelector("[id$='gaps'] tbody tr"));
      WebElement last = gaps.get(gaps.size() - 1);
      String gapStart = last.findElements(By.tagName("td")).get(1).getText();
      assertTrue(since.contains(gapStart), since + " vs the uptime's " + gapStart);
      assertEquals("Mất kết nối", last.findElements(By.tagName("td")).get(0).getText());
      String percent = officer.text(By.id("uptimePercent"));
      assertTrue(percent.matches("\\d+,\\d"), "a Vietnamese decimal comma: " + percent);
      double uptime = Double.parseDouble(percent.replace(",", "."));
      assertTrue(uptime < 100, "offline for two hours is not 100 % up");

      // The owners table has its own headings, and places in words.
      officer.open("/camera/sites.xhtml");
      String owners = officer.text(By.id("ownersForm:owners"));
      assertTrue(owners.contains("Mã chủ sở hữu") && owners.contains("Tên chủ sở hữu"), owners);
      assertFalse(owners.contains("Mã camera"), owners);
    }
  }
}
