package vn.tcc.sharing;

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

/**
 * A provider's representative in Chromium with the demo data: he opens TCC's address and lands on
 * his own page (the staff dashboard is not his), sees his company's agreements and no staff menu,
 * and a staff page answers him with the refusal page.
 */
@ExtendWith(ArquillianExtension.class)
class SharingProviderBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_provider_lands_on_his_own_page_and_sees_only_what_is_his() {
    try (Browser provider = new Browser()) {
      provider.signIn("provider");
      provider.waitFor(By.id("portal:agreements"));
      assertTrue(
          provider.driver().getCurrentUrl().endsWith("/sharing/provider/index.xhtml"),
          provider.driver().getCurrentUrl());
      provider.waitForText(By.id("portal:agreements"), "Bến xe Quy Nhơn");
      assertFalse(
          provider
              .driver()
              .findElement(By.id("portal:agreements"))
              .getText()
              .contains("Nguyễn Văn An"),
          "another provider's agreements are not shown");
      provider.waitForText(By.id("tcc-user-role"), "Bên cung cấp dữ liệu");
      for (String staffLink :
          new String[] {"menuDashboard", "menuCameras", "menuMap", "menuSites"}) {
        assertTrue(
            provider.driver().findElements(By.id(staffLink)).isEmpty(), staffLink + " is shown");
      }

      provider.open("/camera/list.xhtml");
      provider.waitFor(By.id("errorTitle"));
      assertEquals(
          provider.driver().findElement(By.id("errorHome")).getAttribute("href"),
          provider.driver().getCurrentUrl().replaceFirst("/camera/list.xhtml.*$", "")
              + "/sharing/provider/index.xhtml",
          "home, from the refusal, is his own page");
    }
  }
}
