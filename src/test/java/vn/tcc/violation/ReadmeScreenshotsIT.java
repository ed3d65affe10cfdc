package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.tcc.command.LiveCameras;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The README's screenshots, taken in the browser tests' Chromium against the real server, each once
 * its page has drawn what it shows (work waiting, the camera's current frame, the evidence, the
 * charts, the live wall, a VietQR code). They are written to {@code target/screenshots/}; to
 * refresh the README's copies, run this test and copy them to {@code docs/screenshots/} (the
 * command is in the README). It lives here because the case fixtures it needs do.
 */
@ExtendWith(ArquillianExtension.class)
class ReadmeScreenshotsIT {
  static final Path OUT = Path.of("target", "screenshots");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_pages_people_use_most_as_they_look_today() throws Exception {
    Files.createDirectories(OUT);
    LiveCameras.link();
    String reviewed = claimedCaseWithPhoto();
    String noticed = CaseSettlementIT.noticedCase();
    assertEquals(
        200,
        Api.post(
                "cases/" + noticed + "/penalty",
                CaseSettlementIT.officer(),
                "{\"fineVnd\":19000000}")
            .status());
    String code =
        ViolationCaseIT.view(noticed, CaseSettlementIT.officer())
            .json()
            .getJsonObject("notice")
            .getString("verificationCode");

    try (Browser supervisor = new Browser()) {
      supervisor.signIn("supervisor");
      supervisor.waitFor(By.id("workWaiting"));
      shoot(supervisor, "landing-page.png");
      supervisor.open("/reports/dashboard.xhtml");
      supervisor.waitFor(By.id("filedCount"));
      // Charts when the area has figures, the empty-state cards otherwise.
      supervisor.waitUntil(
          "return document.querySelector('#violations canvas, #violations .tcc-empty, #noArea')"
              + " != null;");
      shoot(supervisor, "reporting-dashboard.png");
    }

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/camera/view.xhtml?code=" + LiveCameras.FIRST);
      officer.waitForText(By.id("cameraVms"), "ZM-DEMO");
      officer.waitUntil(
          "var i = document.getElementById('cameraSnapshot');"
              + " return i != null && i.complete && i.naturalWidth > 0;");
      shoot(officer, "camera-page.png");

      officer.open("/violation/review.xhtml?number=" + reviewed);
      officer.waitUntil(
          "var i = document.querySelector('img.tcc-zoomable'); return i != null && i.complete"
              + " && i.naturalWidth > 0;");
      shoot(officer, "case-review.png");

      officer.open("/violation/dashboard.xhtml");
      officer.waitUntil("return document.querySelector('#casesPerDay canvas') != null;");
      shoot(officer, "statistics.png");
    }

    try (Connection db = Database.asApplication();
        PreparedStatement clear =
            db.prepareStatement("DELETE FROM command.wall WHERE username = 'operator'")) {
      clear.executeUpdate();
    }
    try (Browser operator = new Browser()) {
      operator.signIn("operator");
      operator.open("/command/wall.xhtml");
      operator.waitFor(By.id("tile-0"));
      operator.driver().findElement(By.id("layout4")).click();
      for (int i = 0; i < 4; i++) {
        operator.driver().findElement(By.id("remove-" + i)).click();
      }
      operator.type("cameraFilter", "GL-QN-000");
      operator.waitFor(By.id("camera-" + LiveCameras.FIRST)).click();
      operator.driver().findElement(By.id("tile-0")).click();
      operator.waitFor(By.id("camera-" + LiveCameras.SECOND)).click();
      operator.driver().findElement(By.id("tile-1")).click();
      for (String tile : List.of("tile-img-0", "tile-img-1")) {
        operator.waitUntil(
            "var i = document.getElementById('"
                + tile
                + "'); return i != null && i.naturalWidth > 0;");
      }
      shoot(operator, "command-wall.png");
      operator.driver().get("about:blank"); // closes the live streams
    }

    try (Browser recipient = new Browser()) {
      // A phone's screen, tall enough for the whole notice and its payment code (Chromium's window
      // has a minimum width, its emulated screen has not).
      ((ChromeDriver) recipient.driver())
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", 390, "height", 1500, "deviceScaleFactor", 1, "mobile", true));
      recipient.open("/public/notice.xhtml?code=" + ViolationCaseIT.encode(code));
      recipient.waitUntil(
          "var i = document.getElementById('paymentQr'); return i != null && i.complete"
              + " && i.naturalWidth > 0;");
      shoot(recipient, "notice-check-vietqr.png");
    }

    for (String name :
        List.of(
            "landing-page.png",
            "camera-page.png",
            "case-review.png",
            "statistics.png",
            "reporting-dashboard.png",
            "command-wall.png",
            "notice-check-vietqr.png")) {
      assertTrue(Files.size(OUT.resolve(name)) > 10_000, name + " has a page in it");
    }
  }

  /** The window as shown, after a check that no untranslated key is on it. */
  private static void shoot(Browser browser, String name) throws Exception {
    String text = browser.driver().findElement(By.tagName("body")).getText();
    assertFalse(text.contains("???"), name + " shows a missing text: " + text);
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name), png);
  }

  /** A case with its photo, held for {@code officer} as if he had just taken it from the queue. */
  private static String claimedCaseWithPhoto() throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    String event =
        ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently(), "CAR")
            .replace(
                "\"images\":[]",
                "\"images\":[{\"kind\":\"overview\",\"data\":\""
                    + CaseBrowserIT.photo(plate)
                    + "\"}]");
    String number = ViolationCaseIT.caseOf(ViolationCaseIT.ingest(List.of(event)).get(0));
    try (Connection db = Database.asApplication();
        PreparedStatement hold =
            db.prepareStatement(
                "UPDATE violation.violation_case SET claimed_by = 'officer',"
                    + " claimed_until = now() + interval '15 minutes' WHERE case_number = ?")) {
      hold.setString(1, number);
      assertEquals(1, hold.executeUpdate());
    }
    return number;
  }
}
