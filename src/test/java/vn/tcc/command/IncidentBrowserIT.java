package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The operator's screen: an accident event ingested while the incidents page is open shows up by
 * itself within 2 s and rings; he takes it, records a measure, closes it, and the shift's log shows
 * it.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_new_incident_appears_and_rings_then_the_operator_handles_it() throws Exception {
    try (Browser browser = new Browser()) {
      browser.signIn("operator");
      browser.open("/command/incidents.xhtml");
      browser.waitFor(By.id("incidents:list"));
      browser.waitUntil("return typeof tccRing === 'function'");
      Thread.sleep(1_500); // the first polls settle the page's newest id
      Object ringsBefore = browser.script("return window.tccRingCount || 0");

      String token = Keycloak.userToken("operator");
      long cursor = IncidentIT.latestCursor(token);
      long eventId = IncidentIT.ingest("ACCIDENT", "GL-QN-0004");
      long accepted = System.currentTimeMillis();
      long id = IncidentIT.awaitIncidentOf(eventId, token, cursor).getJsonNumber("id").longValue();

      browser.waitUntil("return document.getElementById('state-" + id + "') !== null");
      long shown = System.currentTimeMillis() - accepted;
      assertTrue(shown < 3_000, "on the screen " + shown + " ms after the event was accepted");
      browser.waitUntil("return (window.tccRingCount || 0) > " + ringsBefore);
      // The page was told by its push (/command/incidents/wait under the page sign-in), not only by
      // its poll: the wait answered with an incident newer than the page knew.
      browser.waitUntil("return (window.tccPushCount || 0) > 0");

      String row = "//tr[.//span[@id='state-" + id + "']]";
      browser.click(By.xpath(row + "//button[contains(@id,'acknowledge')]"));
      browser.waitFor(By.id("incidents:detail"));
      browser.waitForText(By.id("incidents:detail"), "Tuấn"); // who took it

      new Select(browser.waitFor(By.id("incidents:action"))).selectByValue("PATROL_DISPATCHED");
      browser.type("incidents:actionNote", "Tổ tuần tra số 3");
      browser.click(By.id("incidents:recordAction"));
      browser.waitForText(By.id("incidents:actions"), "Tổ tuần tra số 3");

      new Select(browser.waitFor(By.id("incidents:outcome"))).selectByValue("RESOLVED");
      browser.type("incidents:closeNote", "Đã thông xe");
      browser.click(By.id("incidents:close"));
      browser.waitForText(By.id("incidents:detail"), "Đã thông xe");

      browser.open("/command/log.xhtml");
      browser.waitForText(By.id("entries"), "Tổ tuần tra số 3");
    }
  }
}
