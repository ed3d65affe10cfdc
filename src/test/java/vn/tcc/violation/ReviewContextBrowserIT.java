package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The reviewer has what he needs on the review screen (issue 18, point 5), in Chromium against the
 * real server: the camera by its name and place, how many cases wait for him, how long the case is
 * his, the vehicle class, a clear word that the case has no clip, the picture zoomed in its frame
 * with an enlarged crop beside it, and the keyboard shortcuts shown and working.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewContextBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_reviewer_sees_the_context_and_decides_from_the_keyboard() throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    String event =
        ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently(), "TRUCK")
            .replace(
                "\"images\":[]",
                "\"images\":[{\"kind\":\"overview\",\"data\":\""
                    + CaseBrowserIT.photo(plate)
                    + "\"}]");
    String number = ViolationCaseIT.caseOf(ViolationCaseIT.ingest(List.of(event)).get(0));
    String cameraName;
    try (Connection db = Database.asApplication()) {
      // He took it from the queue a moment ago (the queue hands out the oldest case first).
      try (PreparedStatement hold =
          db.prepareStatement(
              "UPDATE violation.violation_case SET claimed_by = 'officer',"
                  + " claimed_until = now() + interval '15 minutes' WHERE case_number = ?")) {
        hold.setString(1, number);
        assertEquals(1, hold.executeUpdate());
      }
      try (PreparedStatement name =
          db.prepareStatement("SELECT name FROM camera.camera WHERE code = ?")) {
        name.setString(1, ViolationCaseIT.CAMERA);
        try (ResultSet row = name.executeQuery()) {
          assertTrue(row.next());
          cameraName = row.getString(1);
        }
      }
    }

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/violation/review.xhtml?number=" + number);
      officer.waitForText(By.id("detectedPlate"), ViolationCaseIT.key(plate));
      String camera = officer.text(By.id("reviewCamera"));
      assertTrue(camera.contains(cameraName), camera);
      assertFalse(camera.contains("GL.QUY_NHON"), "the place in words, not its code: " + camera);
      assertEquals("Xe tải", officer.text(By.id("vehicleClass")));
      assertTrue(officer.text(By.id("review:noClip")).contains("không có đoạn phim"));
      assertTrue(officer.text(By.id("review:waiting")).matches("\\d[\\d.]*\\+? hồ sơ .*"));
      officer.waitUntil(
          "var t = document.getElementById('holdLeft'); return t != null &&"
              + " /còn 1[45] phút/.test(t.textContent);");
      assertTrue(officer.text(By.id("shortcuts")).contains("C = xác nhận"));

      officer.waitUntil(
          "var i = document.querySelector('img.tcc-zoomable'); return i != null && i.complete"
              + " && i.naturalWidth == 320 && document.querySelector('canvas.tcc-plate-crop')"
              + ".getAttribute('data-drawn') == 'true';");
      Number frameWidth =
          (Number)
              officer.script(
                  "return document.querySelector('.tcc-zoom-frame').getBoundingClientRect().width;");
      new Actions(officer.driver()).sendKeys("z").perform();
      officer.waitUntil(
          "return document.querySelector('.tcc-zoom-frame').classList.contains('tcc-zoomed');");
      Number zoomedFrameWidth =
          (Number)
              officer.script(
                  "return document.querySelector('.tcc-zoom-frame').getBoundingClientRect().width;");
      assertEquals(
          frameWidth.doubleValue(),
          zoomedFrameWidth.doubleValue(),
          1.0,
          "the picture zooms inside its frame, which stays where it was");
      assertTrue(
          (Boolean)
              officer.script(
                  "return document.documentElement.scrollWidth <= window.innerWidth + 1;"),
          "nothing is pushed off the screen");

      // C confirms the case as read (the plate field holds the camera's reading).
      new Actions(officer.driver()).sendKeys("c").perform();
      officer.waitForText(By.id("review:messages"), number);
    }
  }
}
