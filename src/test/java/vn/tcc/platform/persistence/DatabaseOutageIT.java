package vn.tcc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * A fault of the conditions of service: PostgreSQL stopped under a running TCC, then started again.
 * While it is down the API answers 503 problem+json with a Retry-After (an event source retries), a
 * page says the service is briefly interrupted (503, not "system error"), readiness is DOWN; once
 * it is back TCC answers again without a restart, and the batch refused during the outage is
 * accepted on its retry, once.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {
  private static final String SOURCE = "GL-QN-RSC1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void stopped_database_is_503_with_retry_after_and_tcc_recovers_without_restart()
      throws Exception {
    String pgdata = System.getProperty("tcc.test.pgdata");
    String tccHome = System.getProperty("tcc.home");
    assertTrue(
        pgdata != null && tccHome != null, "bin/tcc test passes tcc.test.pgdata and tcc.home");
    String officer = Keycloak.userToken("officer");
    String source = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    String batch = batchOfOne("outage-" + UUID.randomUUID());
    assertEquals(200, Api.get("cameras?size=5", officer).status());

    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      pgCtl(tccHome, "-D", pgdata, "-m", "fast", "-w", "stop");
      try {
        HttpResponse<String> cameras = send("cameras?size=5", officer, null);
        assertEquals(503, cameras.statusCode(), cameras.body());
        assertTrue(
            cameras
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"));
        assertEquals("10", cameras.headers().firstValue("Retry-After").orElse(null));
        assertTrue(cameras.body().contains("\"status\":503"), cameras.body());

        HttpResponse<String> ingest = send("events", source, batch);
        assertEquals(503, ingest.statusCode(), ingest.body());
        assertEquals("10", ingest.headers().firstValue("Retry-After").orElse(null));

        browser.open("/camera/list.xhtml");
        assertEquals(
            "Dịch vụ tạm thời gián đoạn", browser.text(By.id("errorTitle")), "the page says so");
        assertEquals(503, statusOf(browser, "/camera/list.xhtml"));

        assertEquals(503, readiness());
      } finally {
        // restart: the server is down, so pg_ctl starts it with the options it last ran with.
        pgCtl(tccHome, "-D", pgdata, "-l", pgdata + "/server.log", "-w", "-t", "60", "restart");
      }

      long deadline = System.currentTimeMillis() + 60_000;
      int status = 0;
      while (System.currentTimeMillis() < deadline && status != 200) {
        status = Api.get("cameras?size=5", officer).status();
        if (status != 200) {
          Thread.sleep(500);
        }
      }
      assertEquals(200, status, "TCC answers again without a restart");
      assertEquals(200, readiness());

      Api.Answer retried = Api.post("events", source, batch);
      assertEquals(200, retried.status(), retried.body());
      JsonObject item = retried.json().getJsonArray("items").getJsonObject(0);
      assertEquals("ACCEPTED", item.getString("outcome"), "nothing of it was stored before");
      Api.Answer again = Api.post("events", source, batch);
      assertEquals(
          "DUPLICATE", again.json().getJsonArray("items").getJsonObject(0).getString("outcome"));

      browser.open("/camera/list.xhtml");
      browser.waitFor(By.id("tcc-user-name"));
      assertEquals(200, statusOf(browser, "/camera/list.xhtml"));
    }
  }

  private static String batchOfOne(String sourceEventId) {
    return """
        {"events":[{"sourceId":"%s","sourceEventId":"%s","cameraCode":"GL-QN-0004",
          "occurredAt":"%s","type":"PLATE_READ","plate":"77A-555.66","plateConfidence":93.0,
          "vehicleClass":"CAR","images":[{"kind":"plate","vms":"ZM-DEMO","recordingId":"9"}]}]}
        """
        .formatted(
            SOURCE,
            sourceEventId,
            OffsetDateTime.now(ZoneOffset.ofHours(7))
                .minusMinutes(1)
                .truncatedTo(ChronoUnit.SECONDS));
  }

  /** A GET, or a POST of {@code body}, to the API; the whole answer with its headers. */
  private static HttpResponse<String> send(String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int readiness() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready")).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static int statusOf(Browser browser, String view) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    // A failed page is sent on to the error page (PrimeFaces' exception handler): follow it.
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + view))
                .header("Cookie", cookies)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** pg_ctl of the test stack's PostgreSQL, as the unprivileged user when the tests run as root. */
  private static void pgCtl(String tccHome, String... arguments) throws Exception {
    Path bin;
    try (var dirs = Files.list(Path.of(tccHome))) {
      bin =
          dirs.filter(p -> p.getFileName().toString().startsWith("postgresql-"))
              .findFirst()
              .orElseThrow()
              .resolve("bin/pg_ctl");
    }
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    command.add(bin.toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("pg_ctl " + String.join(" ", arguments) + " did not end");
    }
    assertEquals(0, process.exitValue(), "pg_ctl " + String.join(" ", arguments));
  }
}
