package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * An operator in Chromium against the real ZoneMinder: he lands on the wall, puts two cameras in
 * tiles and sees moving images, finds his wall again on his next visit, and leaving the page leaves
 * no VMS connection open.
 */
@ExtendWith(ArquillianExtension.class)
class WallBrowserIT {
  /** The tile's current picture, drawn on a canvas (same origin, so it can be read). */
  private static final String FRAME =
      "var img = document.getElementById(arguments[0]);"
          + "if (!img || !img.naturalWidth) { return null; }"
          + "var c = document.createElement('canvas'); c.width = img.naturalWidth;"
          + " c.height = img.naturalHeight; c.getContext('2d').drawImage(img, 0, 0);"
          + "return c.toDataURL('image/png');";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_operator_puts_two_cameras_on_the_wall_and_sees_them_move() throws Exception {
    LiveCameras.link();
    try (Connection db = Database.asApplication();
        Statement sql = db.createStatement()) {
      sql.executeUpdate("DELETE FROM command.wall WHERE username = 'operator2'");
    }
    try (Browser browser = new Browser()) {
      browser.signIn("operator2");
      assertTrue(
          browser.driver().getCurrentUrl().contains("/command/wall"),
          "an operator lands on the wall: " + browser.driver().getCurrentUrl());
      browser.waitFor(By.id("tile-0"));
      browser.driver().findElement(By.id("layout4")).click();
      for (int i = 0; i < 4; i++) {
        browser.driver().findElement(By.id("remove-" + i)).click();
      }
      // Click-to-place: a camera of the list, then a tile.
      browser.type("cameraFilter", "GL-QN-000");
      browser.waitFor(By.id("camera-" + LiveCameras.FIRST)).click();
      browser.driver().findElement(By.id("tile-0")).click();
      browser.waitFor(By.id("camera-" + LiveCameras.SECOND)).click();
      browser.driver().findElement(By.id("tile-1")).click();

      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
      for (String img : new String[] {"tile-img-0", "tile-img-1"}) {
        wait.until(d -> js.executeScript(FRAME, img) != null);
      }
      String first = (String) js.executeScript(FRAME, "tile-img-0");
      // The synthetic camera moves; a later picture of the same tile differs.
      wait.until(d -> !first.equals(js.executeScript(FRAME, "tile-img-0")));
      awaitOpenUpstreams(2);

      // Removing a camera stops its stream.
      browser.driver().findElement(By.id("remove-1")).click();
      assertEquals(null, browser.driver().findElement(By.id("tile-img-1")).getAttribute("src"));
      awaitOpenUpstreams(1);

      // His wall is kept: on the next visit the first tile still shows GL-QN-0001.
      awaitSavedTiles(LiveCameras.FIRST + ",,,");
      browser.open("/command/wall.xhtml");
      browser.waitFor(By.id("tile-0"));
      assertEquals(
          LiveCameras.FIRST,
          browser.driver().findElement(By.id("tile-0")).getAttribute("data-camera"));
      assertNotEquals(
          LiveCameras.SECOND,
          browser.driver().findElement(By.id("tile-1")).getAttribute("data-camera"));
      browser.driver().get("about:blank");
    }
    awaitOpenUpstreams(0);
  }

  private static void awaitSavedTiles(String expected) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    String last = null;
    while (System.currentTimeMillis() < deadline) {
      try (Connection db = Database.asApplication();
          Statement sql = db.createStatement();
          java.sql.ResultSet row =
              sql.executeQuery(
                  "SELECT array_to_string(tiles, ',') FROM command.wall"
                      + " WHERE username = 'operator2'")) {
        last = row.next() ? row.getString(1) : null;
      }
      if (expected.equals(last)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The wall saved " + last + ", expected " + expected);
  }

  private static int openUpstreams() {
    return Api.get("command/live-streams", Keycloak.userToken("admin"))
        .json()
        .getInt("openUpstreams");
  }

  private static void awaitOpenUpstreams(int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    int last = -1;
    while (System.currentTimeMillis() < deadline) {
      last = openUpstreams();
      if (last == expected) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(expected + " open VMS streams expected, still " + last);
  }
}
