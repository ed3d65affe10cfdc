package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The quarantine page with 1,000 held events (issue 18), run by {@code bin/tcc bench}, figures to
 * {@code target/benchmarks/quarantine-page.md}: the admin's page as the server renders it, timed
 * with the demo's held events only (the baseline) and again after 1,000 more were refused by the
 * ingestion API, in the same run. The page pages lazily and cuts payloads, so its size and time
 * should not grow with the number held.
 */
@ExtendWith(ArquillianExtension.class)
class QuarantinePageBenchmark {
  static final int HELD = 1_000;
  static final int LOADS = 40;
  static final String SOURCE = "GL-QN-RSC1";
  static final String PAGE = "/vms/quarantine.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  record Loads(long held, List<Double> millis, int bytes) {}

  @Test
  void the_quarantine_page_with_a_thousand_held_events() throws Exception {
    SessionLoadBenchmark.Session admin = SessionLoadBenchmark.signIn("admin");
    Loads before = load(admin);
    hold(HELD);
    Loads after = load(admin);
    assertTrue(after.held() >= before.held() + HELD, "the refused events are held");
    write(before, after);
  }

  /** Sends {@code count} events of a camera the registry does not know: each is held. */
  private static void hold(int count) {
    String token = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    String run = EventIngestionBenchmark.nonce();
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
    for (int batch = 0; batch < count / 500; batch++) {
      List<String> events = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        events.add(
            """
            {"sourceId":"%s","sourceEventId":"held-%s-%d-%d","cameraCode":"NO-SUCH-%d",
             "occurredAt":"%s","type":"PLATE_READ","plate":"81A-123.45","plateConfidence":96.5,
             "vehicleClass":"CAR","images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"1"}],
             "attributes":{"note":"%s"}}
            """
                .formatted(SOURCE, run, batch, i, i % 50, at, "x".repeat(1_500)));
      }
      Api.Answer answer =
          Api.post("events", token, "{\"events\":[" + String.join(",", events) + "]}");
      assertEquals(200, answer.status(), answer.body());
    }
  }

  private static Loads load(SessionLoadBenchmark.Session admin) throws Exception {
    List<Double> millis = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < LOADS + 5; i++) {
      long started = System.nanoTime();
      HttpResponse<String> page =
          SessionLoadBenchmark.get(admin.http(), TccDeployment.baseUrl() + PAGE);
      double ms = (System.nanoTime() - started) / 1e6;
      assertTrue(SessionLoadBenchmark.isSignedInPage(page), "the admin's quarantine page");
      assertTrue(page.body().contains("quarantineForm"), "the quarantine page itself");
      bytes = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (i >= 5) { // the first five warm the page up
        millis.add(ms);
      }
    }
    return new Loads(held(), millis, bytes);
  }

  private static long held() throws Exception {
    try (var db = Database.asApplication();
        var query =
            db.prepareStatement("SELECT count(*) FROM vms.quarantine WHERE state = 'WAITING'");
        var rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void write(Loads before, Loads after) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("# The quarantine page with 1,000 held events\n\nRun ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly, PostgreSQL, Keycloak and the client share them; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n| Held events waiting | Page loads | median | p95 | max | Page size |")
        .append(" Goal < 1 s |\n|---:|---:|---:|---:|---:|---:|---|\n");
    for (Loads loads : List.of(before, after)) {
      double p95 = EventIngestionBenchmark.percentile(loads.millis(), 95);
      out.append("| ")
          .append(String.format(Locale.ROOT, "%,d", loads.held()))
          .append(" | ")
          .append(loads.millis().size())
          .append(" | ")
          .append(ms(EventIngestionBenchmark.percentile(loads.millis(), 50)))
          .append(" | **")
          .append(ms(p95))
          .append("** | ")
          .append(ms(EventIngestionBenchmark.percentile(loads.millis(), 100)))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%,d bytes", loads.bytes()))
          .append(" | ")
          .append(p95 < 1_000 ? "reached" : "**not reached**")
          .append(" |\n");
    }
    out.append("\nRatio of the p95 with 1,000 more held to the baseline's: **")
        .append(
            String.format(
                Locale.ROOT,
                "%.2f",
                EventIngestionBenchmark.percentile(after.millis(), 95)
                    / EventIngestionBenchmark.percentile(before.millis(), 95)))
        .append(
            "**.\n\nMethod. The admin signs in through Keycloak's form (one HTTP session);"
                + " the page `/vms/quarantine.xhtml` is requested "
                + LOADS
                + " times after 5 warm-up loads, first with the held events the demo and earlier"
                + " runs left, then after "
                + HELD
                + " events of cameras the registry does not know (each with a 1,500-character"
                + " attribute) were sent in batches of 500 and held. Times are the whole HTML"
                + " answer at the client over loopback.\n");
    Path file = Path.of("target", "benchmarks", "quarantine-page.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%,.0f ms", value);
  }
}
