package vn.tcc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import vn.tcc.platform.security.ViewRoles;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;

/**
 * Every view of the WAR (each .xhtml under webapp/ but templates, includes and error pages, listed
 * from the source tree, not by hand) opened by its address by every role, in Vietnamese and in
 * English: a role the table WEB-INF/view-roles.properties lets in gets the page (or, for a detail
 * page opened without its object, the 404 page), any other role the 403 page with HTTP 403 and a
 * request id; never the system error page, never a blank one. The text of every page shown is
 * scanned for bundle keys without a text ("???") and for technical codes (AUDIT_TRAIL_VIEWED).
 */
@ExtendWith(ArquillianExtension.class)
class EveryViewByAddressBrowserIT {
  private static final Path WEBAPP = Path.of("webapp");
  private static final List<String> ROLES =
      List.of("officer", "supervisor", "admin", "auditor", "coordinator", "provider", "operator");
  // A code as a program writes it, e.g. ACCESS_DENIED; jurisdiction codes (GL.QUY_NHON) are data
  // shown as such until the reviewer's context (issue 18, point 5) names the place.
  private static final Pattern CODE = Pattern.compile("(?<![A-Za-z._])[A-Z]+_[A-Z_]+\\b");
  private static final Set<String> TITLES_403 = Set.of("Không có quyền truy cập", "Access denied");
  private static final Set<String> TITLES_404 = Set.of("Không tìm thấy trang", "Page not found");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void every_view_by_its_address_answers_its_page_or_the_refusal_in_both_languages()
      throws Exception {
    ViewRoles table;
    try (Reader text = Files.newBufferedReader(WEBAPP.resolve("WEB-INF/view-roles.properties"))) {
      table = ViewRoles.read(text);
    }
    List<String> views = viewsOfTheWar();
    List<String> wrong = new ArrayList<>();
    for (String role : ROLES) {
      try (Browser browser = new Browser()) {
        signIn(browser, role);
        Caller caller = demoCaller(role);
        for (String language : List.of("vi", "en")) {
          switchTo(browser, role, language);
          for (String view : views) {
            check(browser, table, caller, role, language, view, wrong);
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "views that answered wrongly");
  }

  private static void check(
      Browser browser,
      ViewRoles table,
      Caller caller,
      String role,
      String language,
      String view,
      List<String> wrong)
      throws IOException, InterruptedException {
    String where = role + " " + language + " " + view + ": ";
    boolean allowed = table.mayOpen(view, caller);
    int status = statusOf(browser, view);
    browser.open(view);
    String title = browser.driver().getTitle();
    boolean hasShell = !browser.driver().findElements(By.id("tcc-user-name")).isEmpty();
    List<WebElement> errorTitle = browser.driver().findElements(By.id("errorTitle"));
    String shownError = errorTitle.isEmpty() ? null : errorTitle.get(0).getText();
    String body = browser.driver().findElement(By.tagName("body")).getText();
    if (body.isBlank()) {
      wrong.add(where + "blank page");
      return;
    }
    if (title.startsWith("Lỗi hệ thống") || title.startsWith("System error") || status >= 500) {
      wrong.add(where + "system error (" + status + ")");
      return;
    }
    if (allowed) {
      boolean detailWithoutObject =
          status == 404 && shownError != null && TITLES_404.contains(shownError);
      if (!(status == 200 && (hasShell || view.startsWith("/public/"))) && !detailWithoutObject) {
        wrong.add(where + "expected the page, got " + status + " '" + title + "'");
      }
    } else {
      // A provider's representative refused at TCC's address is sent on from the 403 page to his
      // own.
      boolean providerSentHome =
          browser.driver().getCurrentUrl().contains("/sharing/provider/") && hasShell;
      if (status != 403
          || !((shownError != null && TITLES_403.contains(shownError)) || providerSentHome)) {
        wrong.add(where + "expected the 403 page, got " + status + " '" + title + "'");
      } else if (!providerSentHome
          && browser.driver().findElement(By.id("requestId")).getText().isBlank()) {
        wrong.add(where + "403 page without a request id");
      }
    }
    if (body.contains("???")) {
      wrong.add(where + "a bundle key without text");
    }
    // Raw data shown as such (a held event's payload, a hash) sits in <code>/<pre>: not words.
    String words =
        (String)
            browser.script(
                "let t = document.body.innerText;"
                    + " document.querySelectorAll('code, pre').forEach(e => {"
                    + " if (e.innerText) { t = t.split(e.innerText).join(' '); } });"
                    + " return t;");
    Matcher code = CODE.matcher(words);
    if (code.find()) {
      wrong.add(where + "technical code " + code.group());
    }
  }

  /** The HTTP status of the view for this user, asked with the browser's session. */
  private static int statusOf(Browser browser, String view)
      throws IOException, InterruptedException {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + view))
            .header("Cookie", cookies)
            .GET()
            .build();
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static void signIn(Browser browser, String role) {
    browser.open("/");
    browser.signInOnKeycloakPage(role);
    // A provider's representative lands on his own page; staff on the dashboard: both have a top
    // bar.
    browser.waitFor(By.id("tcc-user-name"));
  }

  /** Switches the session's language from a page with the top bar (a provider has his own). */
  private static void switchTo(Browser browser, String role, String language) {
    String home = "provider".equals(role) ? "/sharing/provider/index.xhtml" : "/";
    // A landing page that refreshes itself (the operator's wall, the dashboard's polls) can
    // replace the button between finding and clicking it: find it again and click once more.
    for (int attempt = 1; ; attempt++) {
      browser.open(home);
      try {
        browser.waitFor(By.id("languageForm:" + language)).click();
        break;
      } catch (WebDriverException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    // Only the document's language is asked for: a self-refreshing page may replace any element
    // between finding it and reading it.
    browser.waitUntil("return document.documentElement.lang === '" + language + "'");
  }

  /** The demo user as the table sees him: his role and his place in the realm (tcc-realm.json). */
  private static Caller demoCaller(String role) {
    JurisdictionCode where =
        new JurisdictionCode(Set.of("officer", "provider").contains(role) ? "GL.QUY_NHON" : "GL");
    return new Caller(role, role, Caller.Kind.USER, Set.of(role), where);
  }

  private static List<String> viewsOfTheWar() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
          .filter(view -> !view.startsWith("/WEB-INF/") && !view.startsWith("/error/"))
          .filter(view -> !view.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }
}
