package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * A fault of the conditions of service: the identity center (Keycloak) stops answering under a
 * running TCC — frozen with SIGSTOP, the way a hung or unreachable server looks to its clients
 * (connections open, nothing comes back). Whoever is signed in keeps working until his token runs
 * out: pages of a signed-in session and API calls with a token already issued are answered without
 * TCC asking Keycloak anything. A new visitor gets TCC's own page saying sign-in is briefly
 * unavailable instead of a sign-in his browser cannot reach. Once Keycloak answers again, new
 * tokens are issued and visitors are sent to the sign-in as before.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {
  private static final Duration QUICK = Duration.ofSeconds(10);
  private static final String UNAVAILABLE_PAGE = "/public/sign-in-unavailable.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void signed_in_users_keep_working_while_keycloak_does_not_answer() throws Exception {
    String officer = Keycloak.userToken("officer");
    ProcessHandle keycloak = keycloakProcess();
    assertEquals(200, Api.get("cameras?size=5", officer).status(), "TCC knows Keycloak's keys");
    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      signal("STOP", keycloak);
      try {
        assertTrue(
            !answersWithin(Duration.ofSeconds(3)), "Keycloak is frozen: its discovery is silent");

        HttpResponse<String> cameras = apiGet("cameras?size=5", officer);
        assertEquals(200, cameras.statusCode(), cameras.body());

        long before = System.nanoTime();
        browser.open("/camera/list.xhtml");
        browser.waitFor(By.id("tcc-user-name"));
        browser.open("/violation/cases.xhtml");
        browser.waitFor(By.id("tcc-user-name"));
        long pagesMillis = (System.nanoTime() - before) / 1_000_000;
        assertTrue(pagesMillis < 20_000, "two pages of a signed-in session: " + pagesMillis);

        // A visitor without a session: within seconds TCC sends him to its own page saying so,
        // not on to a sign-in his browser cannot reach.
        String location = visitorSentTo(page -> page.endsWith(UNAVAILABLE_PAGE));
        assertTrue(location.endsWith(UNAVAILABLE_PAGE), "sent to TCC's own page: " + location);
        HttpResponse<String> page =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + UNAVAILABLE_PAGE))
                        .timeout(QUICK)
                        .header("Accept-Language", "vi")
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tạm thời chưa đăng nhập được"), page.body());
      } finally {
        signal("CONT", keycloak);
      }
    }
    long deadline = System.currentTimeMillis() + 60_000;
    while (!answersWithin(Duration.ofSeconds(5)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    String fresh = Keycloak.userToken("supervisor");
    assertEquals(200, Api.get("cameras?size=5", fresh).status(), "new tokens work again");
    assertTrue(
        visitorSentTo(page -> page.startsWith(Keycloak.baseUrl())).startsWith(Keycloak.baseUrl()),
        "visitors are sent to the sign-in again");
  }

  /**
   * Where TCC sends a visitor without a session, asked again for up to 45 s until {@code expected}:
   * TCC learns of the identity center's state from a background check every 3 s (3 s timeout) and
   * takes it for down after two silent checks in a row.
   */
  private static String visitorSentTo(Predicate<String> expected) throws Exception {
    long deadline = System.currentTimeMillis() + 45_000;
    String location = "";
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<Void> visitor =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/index.xhtml"))
                      .timeout(QUICK)
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      assertEquals(302, visitor.statusCode(), "TCC answers a visitor at once");
      location = visitor.headers().firstValue("Location").orElse("");
      if (expected.test(location)) {
        return location;
      }
      Thread.sleep(1_000);
    }
    return location;
  }

  private static HttpResponse<String> apiGet(String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
                .timeout(QUICK)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static boolean answersWithin(Duration limit) {
    try {
      return HttpClient.newBuilder()
              .connectTimeout(limit)
              .build()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              Keycloak.baseUrl() + "/realms/tcc/.well-known/openid-configuration"))
                      .timeout(limit)
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception silent) {
      return false;
    }
  }

  /** Keycloak's JVM as bin/tcc started it: Quarkus' entry point with TCC's Keycloak port. */
  private static ProcessHandle keycloakProcess() {
    String port = "--http-port=" + URI.create(Keycloak.baseUrl()).getPort();
    List<ProcessHandle> found =
        ProcessHandle.allProcesses()
            .filter(
                p -> {
                  String line = p.info().commandLine().orElse("");
                  return line.contains("kc.home.dir") && line.contains(port);
                })
            .toList();
    assertEquals(1, found.size(), "one Keycloak process of the test stack: " + found);
    return found.get(0);
  }

  private static void signal(String signal, ProcessHandle process) throws Exception {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal + " ended");
    assertEquals(0, kill.exitValue(), "kill -" + signal + " " + process.pid());
  }
}
