package vn.tcc.reporting;

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
 * A department coordinator in Chromium with the demo data: signing in lands him on his unit's
 * periodic report (his work in TCC), and the menu still takes him to the dashboard when he asks.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_coordinator_lands_on_his_units_report_and_can_still_open_the_dashboard() {
    try (Browser coordinator = new Browser()) {
      coordinator.signIn("coordinator");
      coordinator.waitForText(By.id("unit"), "Công an phường Quy Nhơn");
      assertTrue(
          coordinator.driver().getCurrentUrl().contains("/reports/my-report.xhtml"),
          coordinator.driver().getCurrentUrl());
      coordinator.waitFor(By.id("period"));

      coordinator.click(By.id("menuDashboard"));
      coordinator.waitFor(By.id("welcome"));
      assertTrue(
          coordinator.driver().getCurrentUrl().contains("view=dashboard"),
          coordinator.driver().getCurrentUrl());
    }
  }
}
