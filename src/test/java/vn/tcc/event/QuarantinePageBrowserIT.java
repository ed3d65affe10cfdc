package vn.tcc.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The held-back events page with many large entries: a page of 25 rows, each payload cut to its
 * start, the whole one loaded when asked, the sender filter narrowing the list, and the picked
 * entries dismissed together with one reason.
 */
@ExtendWith(ArquillianExtension.class)
class QuarantinePageBrowserIT {
  private static final String CLIENT = "it-quarantine-page";
  private static final int ENTRIES = 60;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @BeforeEach
  void hold_many_large_events() throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO vms.quarantine (client_id, client_jurisdiction, source_id,"
                    + " source_event_id, camera_code, payload, reasons)"
                    + " VALUES (?, 'GL', ?, ?, 'GL-IT-0001', CAST(? AS jsonb),"
                    + " '[{\"field\":\"cameraCode\",\"key\":\"event.reason.camera.unknown\","
                    + "\"args\":[\"GL-IT-0001\"]}]'::jsonb)")) {
      for (int i = 0; i < ENTRIES; i++) {
        insert.setString(1, CLIENT);
        insert.setString(2, i < 10 ? "it-source-ten" : "it-source-rest");
        insert.setString(3, "it-" + i);
        insert.setString(
            4, "{\"sourceEventId\":\"it-" + i + "\",\"note\":\"" + "x".repeat(5000) + "\"}");
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @AfterEach
  void forget_them() throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM vms.quarantine WHERE client_id = ?")) {
      delete.setString(1, CLIENT);
      delete.executeUpdate();
    }
  }

  @Test
  void pages_cuts_payloads_shows_one_whole_filters_and_dismisses_the_picked() {
    try (Browser browser = new Browser()) {
      browser.signIn("admin");
      browser.open("/vms/quarantine.xhtml");
      browser.waitFor(By.id("quarantineForm:entries"));
      int rows =
          browser
              .driver()
              .findElements(By.cssSelector("#quarantineForm\\:entries_data > tr"))
              .size();
      assertEquals(25, rows, "one page of rows");
      assertTrue(
          browser.driver().getPageSource().length() < 400_000,
          "the page carries payload starts, not 60 × 5 kB payloads");

      browser.type("quarantineForm:source", "it-source-ten");
      browser.driver().findElement(By.id("quarantineForm:search")).click();
      browser.waitForText(By.cssSelector(".ui-paginator-current"), "/ 10");

      browser.driver().findElement(By.id("quarantineForm:entries:0:whole")).click();
      browser.waitForText(By.id("wholePayload"), "x".repeat(4000));

      browser.driver().findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
      browser.driver().findElement(By.id("quarantineForm:entries:0:pick")).click();
      browser.driver().findElement(By.id("quarantineForm:entries:1:pick")).click();
      browser.type("quarantineForm:note", "Thử nghiệm: camera không thuộc tỉnh");
      browser.driver().findElement(By.id("quarantineForm:dismissSelected")).click();
      browser.waitForText(By.cssSelector(".ui-paginator-current"), "/ 8");
    }
  }
}
