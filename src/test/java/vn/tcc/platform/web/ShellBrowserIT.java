package vn.tcc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;

/** What a person does: sign in through Keycloak, read the dashboard, switch language, sign out. */
@ExtendWith(ArquillianExtension.class)
class ShellBrowserIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void officer_signs_in_sees_vietnamese_switches_to_english_and_signs_out() {
    try (Browser browser = new Browser()) {
      browser.signIn("officer");

      assertEquals("vi", browser.pageLanguage());
      assertEquals("Nguyễn Văn An", browser.text(By.id("tcc-user-name")));
      assertEquals("Cán bộ", browser.text(By.id("tcc-user-role")));
      assertEquals("Quy Nhơn", browser.text(By.id("tcc-user-jurisdiction")));
      assertEquals("Tổng quan", browser.text(By.id("menuDashboard")));
      assertTrue(browser.text(By.id("sites")).contains("GL-QN-CC"), "his ward's camera center");
      assertFalse(browser.text(By.id("sites")).contains("GL-PK-CC"), "not another ward's");
      assertTrue(
          browser.text(By.id("now")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}"),
          "Vietnamese date format");
      assertTrue(browser.driver().findElements(By.id("menuAudit")).isEmpty(), "no audit menu");

      browser.click(By.id("languageForm:en"));
      browser.waitForText(By.id("menuDashboard"), "Dashboard");
      assertEquals("en", browser.pageLanguage());
      assertEquals("Officer", browser.text(By.id("tcc-user-role")));

      browser.open("/"); // the choice sticks
      browser.waitForText(By.id("menuDashboard"), "Dashboard");

      browser.click(By.id("signOutForm:signOut"));
      browser.waitFor(By.id("username")); // back on Keycloak's sign-in page
      assertTrue(browser.driver().getCurrentUrl().startsWith("http://localhost:8180/"));

      browser.open("/"); // signed out of Keycloak too: it asks again
      browser.waitFor(By.id("username"));
      // TCC's own sign-in theme: the police unit and the center's name, in one of its languages.
      String header = browser.text(By.id("kc-header-wrapper")).toLowerCase(java.util.Locale.ROOT);
      assertTrue(
          header.contains("trung tâm chỉ huy điều khiển giao thông")
              || header.contains("traffic control center"),
          header);
      assertTrue(header.contains("gia lai"), header);
      browser.signInOnKeycloakPage("officer");
      browser.waitForText(By.id("menuDashboard"), "Dashboard"); // still English
    }
  }

  @Test
  void officer_is_refused_the_audit_page() {
    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      browser.open("/audit/trail.xhtml");
      assertEquals("Không có quyền truy cập", browser.text(By.id("errorTitle")));
      String shown = browser.text(By.tagName("body"));
      assertFalse(
          shown.contains("Exception") || shown.contains("at vn.tcc"), "no stack trace: " + shown);
    }
  }

  @Test
  void an_unknown_page_is_a_friendly_404() {
    try (Browser browser = new Browser()) {
      browser.signIn("supervisor");
      browser.open("/no-such-page.xhtml");
      assertEquals("Không tìm thấy trang", browser.text(By.id("errorTitle")));
    }
  }

  @Test
  void auditor_sees_the_officers_sign_in_denial_and_sign_out_on_the_trail() {
    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/audit/trail.xhtml");
      officer.waitFor(By.id("errorTitle"));
      officer.open("/");
      officer.click(By.id("signOutForm:signOut"));
      officer.waitFor(By.id("username"));
    }
    try (Browser auditor = new Browser()) {
      auditor.signIn("auditor");
      auditor.click(By.id("menuAudit"));
      auditor.waitFor(By.id("audit:entries"));

      auditor.waitFor(By.id("audit:actor")).sendKeys("officer");
      auditor.waitFor(By.id("audit:action")).sendKeys("SIGN_IN");
      auditor.click(By.id("audit:search"));
      // The action in words (audit.action.SIGN_IN), not its code; the unfiltered list has sign-ins
      // too, so wait for the auditor's own look at the trail to leave the list.
      new org.openqa.selenium.support.ui.WebDriverWait(
              auditor.driver(), java.time.Duration.ofSeconds(30))
          .until(
              d ->
                  !d.findElement(By.id("audit:entries"))
                      .getText()
                      .contains("Xem nhật ký kiểm toán"));
      String rows = auditor.text(By.id("audit:entries"));
      assertTrue(rows.contains("Đăng nhập"), rows);
      assertTrue(rows.contains("officer"), rows);
      assertFalse(rows.contains("SIGN_IN"), "no code shown: " + rows);
      assertFalse(rows.contains("Xem nhật ký kiểm toán"), "filtered to sign-ins: " + rows);

      auditor.waitFor(By.id("audit:actor")).clear();
      auditor.waitFor(By.id("audit:action")).clear();
      auditor.waitFor(By.id("audit:action")).sendKeys("ACCESS_DENIED");
      auditor.click(By.id("audit:search"));
      auditor.waitForText(By.id("audit:entries"), "/tcc/audit/trail.xhtml");

      auditor.waitFor(By.id("audit:action")).clear();
      auditor.waitFor(By.id("audit:action")).sendKeys("SIGN_OUT");
      auditor.click(By.id("audit:search"));
      auditor.waitForText(By.id("audit:entries"), "officer");

      auditor.click(By.id("audit:verify"));
      auditor.waitForText(By.id("audit:messages"), "toàn vẹn");
    }
  }
}
