package vn.tcc.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * An administrator links a ZoneMinder camera to a registry camera on the page, the synthetic camera
 * behind it stops, and the camera map that stays open turns it offline (and online again).
 */
@ExtendWith(ArquillianExtension.class)
class VmsBrowserIT {
  // The camera VmsHealthIT links to the same ZoneMinder camera; other tests rely on the demo health
  // of the rest.
  private static final String REGISTRY_CAMERA = "GL-QN-0003";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_admin_links_a_zoneminder_camera_and_sees_it_go_offline_on_the_map() throws Exception {
    JsonObject zmCamera =
        Api.get("vms/connections/ZM-DEMO/cameras", Keycloak.userToken("admin"))
            .json()
            .getJsonArray("vmsCameras")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(row -> "ZM-CAM-02".equals(row.getString("name")))
            .findFirst()
            .orElseThrow();
    String row = "//span[@id='vms-camera-" + zmCamera.getString("externalId") + "']/ancestor::tr";

    try (Browser browser = new Browser()) {
      browser.signIn("admin");
      browser.open("/vms/cameras.xhtml?vms=ZM-DEMO");
      browser.waitFor(By.xpath(row));
      if (!browser
          .driver()
          .findElements(By.xpath(row + "//a[contains(@class,'tcc-linked')]"))
          .isEmpty()) {
        // Linked by an earlier test: unlink it here first, as an admin would to re-link it.
        browser.type("linkForm:reason", "Nối lại camera vào vị trí khác");
        browser.click(By.xpath(row + "//button[contains(@id,':unlink')]"));
        browser.waitFor(By.xpath(row + "//select"));
      }

      // Without a reason nothing is linked and the page says why.
      new Select(browser.waitFor(By.xpath(row + "//select"))).selectByValue(REGISTRY_CAMERA);
      browser.type("linkForm:reason", "");
      browser.click(By.xpath(row + "//button[contains(@id,':link')]"));
      browser.waitFor(By.cssSelector("#linkForm\\:messages .ui-messages-error"));
      assertTrue(
          browser
              .driver()
              .findElements(By.xpath(row + "//a[contains(@class,'tcc-linked')]"))
              .isEmpty());

      new Select(browser.waitFor(By.xpath(row + "//select"))).selectByValue(REGISTRY_CAMERA);
      browser.type("linkForm:reason", "Camera ZM-CAM-02 lắp tại vị trí GL-QN-0003");
      browser.click(By.xpath(row + "//button[contains(@id,':link')]"));
      WebElement linked = browser.waitFor(By.xpath(row + "//a[contains(@class,'tcc-linked')]"));
      assertEquals(REGISTRY_CAMERA, linked.getText());

      browser.click(By.id("menuMap"));
      browser.waitUntil("return document.getElementById('cameraMap').dataset.state === 'loaded'");
      awaitHealth(browser, "ONLINE", 120);
      VmsHealthIT.zoneminder("camera-stop", "cam2");
      try {
        awaitHealth(browser, "OFFLINE", 150);
      } finally {
        VmsHealthIT.zoneminder("camera-start", "cam2");
      }
      awaitHealth(browser, "ONLINE", 150);

      // Unlinked again (other tests link this ZoneMinder camera their own way).
      browser.open("/vms/cameras.xhtml?vms=ZM-DEMO");
      browser.type("linkForm:reason", "Trả camera ZM-CAM-02 về chưa gán");
      browser.click(By.xpath(row + "//button[contains(@id,':unlink')]"));
      browser.waitFor(By.xpath(row + "//select"));
    }
  }

  /** Watches the open map (it refreshes itself) until the camera's marker shows this health. */
  private static void awaitHealth(Browser browser, String health, int seconds)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    Object shown = null;
    while (System.currentTimeMillis() < deadline) {
      shown = browser.script("return TccMap.health('cameraMap', '" + REGISTRY_CAMERA + "')");
      if (health.equals(shown)) {
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        REGISTRY_CAMERA
            + " did not show "
            + health
            + " on the map within "
            + seconds
            + " s: "
            + shown);
  }
}
