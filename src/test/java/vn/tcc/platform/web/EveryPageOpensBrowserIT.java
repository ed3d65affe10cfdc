package vn.tcc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Every page a person reaches from his menu, and the detail pages of the demo's runs, agreements
 * and reports, opens in Chromium for every role with the demo data: never the "system error" page,
 * and each page has its shell (who is signed in). A page that fails to render (a broken expression,
 * a missing bean) is found here, not by the first user who opens it.
 */
@ExtendWith(ArquillianExtension.class)
class EveryPageOpensBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void every_page_in_the_menu_and_the_demo_detail_pages_open_for_every_role() throws SQLException {
    List<String> broken = new ArrayList<>();
    for (String user :
        List.of(
            "admin", "supervisor", "officer", "auditor", "coordinator", "provider", "operator")) {
      broken.addAll(brokenPagesOf(user));
    }
    assertEquals(List.of(), broken, "pages that did not open");
  }

  private static List<String> brokenPagesOf(String user) throws SQLException {
    try (Browser browser = new Browser()) {
      browser.signIn(user);
      Set<String> pages = new LinkedHashSet<>();
      for (WebElement link : browser.driver().findElements(By.cssSelector("nav.tcc-menu a"))) {
        pages.add(link.getAttribute("href"));
      }
      assertTrue(pages.size() >= 1, user + " has a menu");
      String base = browser.driver().getCurrentUrl().replaceFirst("(/tcc)/.*$", "$1");
      pages.addAll(detailPages(base));
      List<String> broken = new ArrayList<>();
      for (String page : pages) {
        browser.driver().get(page);
        String title = browser.driver().getTitle();
        // The system error page (forwarded to, or redirected to by PrimeFaces), in Vietnamese.
        boolean systemError =
            title.startsWith("Lỗi hệ thống")
                || browser.driver().getCurrentUrl().contains("/error/500");
        boolean hasShellOrRefusal =
            !browser.driver().findElements(By.id("tcc-user-name")).isEmpty()
                || !browser.driver().findElements(By.id("errorTitle")).isEmpty();
        if (systemError || !hasShellOrRefusal) {
          broken.add(
              user + ": " + page + " → " + browser.driver().getCurrentUrl() + " ('" + title + "')");
        }
      }
      return broken;
    }
  }

  /** A run, an agreement and a report of the demo data, each by its page's id parameter. */
  private static List<String> detailPages(String base) throws SQLException {
    List<String> pages = new ArrayList<>();
    try (Connection db = Database.asApplication();
        Statement sql = db.createStatement()) {
      first(sql, "SELECT max(id) FROM retention.purge_run")
          .ifPresent(id -> pages.add(base + "/retention/runs.xhtml?id=" + id));
      first(sql, "SELECT min(id) FROM sharing.agreement")
          .ifPresent(id -> pages.add(base + "/sharing/agreement.xhtml?id=" + id));
      first(sql, "SELECT min(id) FROM reporting.submission")
          .ifPresent(id -> pages.add(base + "/reports/review.xhtml?id=" + id));
      first(sql, "SELECT max(id) FROM reporting.synthesis")
          .ifPresent(id -> pages.add(base + "/reports/synthesis.xhtml?id=" + id));
      first(sql, "SELECT max(id) FROM retention.deletion_record")
          .ifPresent(id -> pages.add(base + "/retention/records.xhtml?id=" + id));
    }
    return pages;
  }

  private static java.util.Optional<Long> first(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      if (row.next()) {
        long id = row.getLong(1);
        return row.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(id);
      }
      return java.util.Optional.empty();
    }
  }
}
