package vn.tcc.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;

/**
 * The cluster of {@code bin/tcc test-cluster} (two WildFly nodes behind HAProxy on
 * http://localhost:8080, issue 20) loses a node by SIGKILL while events come in through the
 * balancer and an officer is signed in on that node: no event is lost or stored twice, the officer
 * goes on without signing in again, and every scheduled job ran once per period across both nodes
 * before, and moves to the survivor after.
 *
 * <p>One test, because a node dies once per cluster; each step asserts its own outcome.
 */
class ClusterFailoverIT {
  private static final String BALANCER = "http://localhost:8080/tcc";
  private static final Map<String, Integer> NODE_MANAGEMENT =
      Map.of("node1", 10190, "node2", 10290);
  private static final Path CLUSTER =
      Path.of(System.getProperty("tcc.cluster.dir", "target/cluster"));
  private static final String SOURCE = "GL-QN-RSC1";
  private static final int BATCHES = 120;
  private static final int PER_BATCH = 10;

  /** Seconds between two runs of each job that runs on one node at a time (their @Schedule). */
  private static final Map<String, Integer> PERIODS =
      Map.of(
          "vms/health-poll", 5,
          "vms/evidence-capture", 5,
          "vms/footage-lock", 30,
          "violation/deadlines", 20,
          "command/incident-escalation", 2,
          "command/camera-faults", 30,
          "retention/purge-worker", 10,
          "event/handover/lane#0", 1,
          "event/handover/lane#1", 1);

  private final HttpClient plain =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void a_node_killed_mid_ingestion_loses_no_event_no_session_and_no_job() throws Exception {
    // 1. Every job runs once per period across both nodes while both are up.
    Map<String, Long> before = runsOnBothNodes();
    long started = System.nanoTime();
    OfficerSession officer = OfficerSession.signIn("officer");
    String officersNode = officer.node();
    assertTrue(
        NODE_MANAGEMENT.containsKey(officersNode),
        "HAProxy put the officer on a node: " + officersNode);
    awaitSeconds(started, 62);
    Map<String, Long> after = runsOnBothNodes();
    double seconds = (System.nanoTime() - started) / 1e9;
    for (Map.Entry<String, Integer> job : PERIODS.entrySet()) {
      long ran = after.getOrDefault(job.getKey(), 0L) - before.getOrDefault(job.getKey(), 0L);
      long periods = (long) Math.floor(seconds / job.getValue());
      assertTrue(
          // At most once per period across both nodes (both running it would double it); at
          // least half the periods, so the job kept running on a busy two-core machine.
          ran <= periods + 1 && ran >= Math.max(1, periods / 2),
          job.getKey()
              + " ran "
              + ran
              + " times across both nodes in "
              + seconds
              + " s: once per "
              + job.getValue()
              + " s is "
              + periods);
    }

    // 2. Events come in through the balancer; the officer's node dies by SIGKILL half-way.
    String run = "cl-" + UUID.randomUUID().toString().substring(0, 8);
    String token = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    CompletableFuture<Void> ingestion =
        CompletableFuture.runAsync(() -> ingest(run, token, sent, retried));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (sent.get() < BATCHES / 2 && !ingestion.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    long pid = Long.parseLong(Files.readString(CLUSTER.resolve(officersNode + ".pid")).strip());
    ProcessHandle node =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new AssertionError(officersNode + " is not running"));
    assertTrue(node.destroyForcibly(), "SIGKILL to " + officersNode); // destroyForcibly is SIGKILL
    node.onExit().get(30, TimeUnit.SECONDS);
    String survivor = officersNode.equals("node1") ? "node2" : "node1";

    // 3. The officer goes on, on the survivor, without signing in again (no redirect to Keycloak).
    HttpResponse<String> page = officer.getWithoutRedirects("/");
    assertEquals(
        200,
        page.statusCode(),
        "the officer's page after the failover: "
            + page.headers().firstValue("Location").orElse(""));
    assertTrue(page.body().contains("tcc-user-name"), "still signed in as the officer");
    assertEquals(survivor, officer.node(), "HAProxy moved the officer to the survivor");

    // 4. Every event sent once, stored once, handed over once.
    ingestion.get(180, TimeUnit.SECONDS);
    int events = BATCHES * PER_BATCH;
    assertEquals(
        events,
        count("SELECT count(*) FROM vms.event WHERE source_event_id LIKE ?", run + "-%"),
        "events stored (lost?)");
    assertEquals(
        events,
        count(
            "SELECT count(DISTINCT source_event_id) FROM vms.event WHERE source_event_id LIKE ?",
            run + "-%"),
        "distinct events stored (duplicated?)");
    long drained = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    long waiting;
    do {
      waiting =
          count(
              "SELECT count(*) FROM vms.event_outbox o JOIN vms.event e ON e.id = o.event_id WHERE e.source_event_id LIKE ?",
              run + "-%");
      if (waiting > 0) {
        Thread.sleep(500);
      }
    } while (waiting > 0 && System.nanoTime() < drained);
    assertEquals(0, waiting, "the survivor drained every lane of the outbox");

    // 5. The survivor leads every job now, and runs them.
    Map<String, Long> survivorBefore = runs(survivor);
    long moved = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
    List<String> missing;
    do {
      String leads = leads(survivor);
      missing =
          PERIODS.keySet().stream()
              .filter(job -> !List.of(leads.split(",")).contains(job))
              .toList();
      if (!missing.isEmpty()) {
        Thread.sleep(1000);
      }
    } while (!missing.isEmpty() && System.nanoTime() < moved);
    assertTrue(missing.isEmpty(), survivor + " does not lead " + missing);
    Thread.sleep(6000);
    Map<String, Long> survivorAfter = runs(survivor);
    assertTrue(
        survivorAfter.getOrDefault("vms/health-poll", 0L)
            > survivorBefore.getOrDefault("vms/health-poll", 0L),
        "the survivor polls the VMS");
    System.out.printf(
        "ClusterFailoverIT: %s killed; %d events in %d batches, %d batches retried by the client%n",
        officersNode, events, BATCHES, retried.get());
  }

  /** Sends the batches through the balancer; a batch that failed (its node died) is sent again. */
  private void ingest(String run, String token, AtomicInteger sent, AtomicInteger retried) {
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).truncatedTo(ChronoUnit.MILLIS);
    for (int b = 0; b < BATCHES; b++) {
      List<String> events = new ArrayList<>();
      for (int i = 0; i < PER_BATCH; i++) {
        events.add(
            event(run + "-" + (b * PER_BATCH + i), at.plusNanos((b * PER_BATCH + i) * 1_000_000L)));
      }
      String body = "{\"events\":[" + String.join(",", events) + "]}";
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try {
          HttpResponse<String> answer =
              plain.send(
                  HttpRequest.newBuilder(URI.create(BALANCER + "/api/v1/events"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            assertFalse(
                answer.body().contains("\"REJECTED\""), "an event was rejected: " + answer.body());
            break;
          }
          if (answer.statusCode() < 500) {
            throw new AssertionError(
                "batch " + b + " answered " + answer.statusCode() + ": " + answer.body());
          }
        } catch (IOException nodeDied) {
          // The connection broke with the node: the same batch again (the ids make it idempotent).
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
        retried.incrementAndGet();
        if (System.nanoTime() > giveUp) {
          throw new AssertionError("batch " + b + " could not be delivered within 60 s");
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      sent.incrementAndGet();
    }
  }

  private static String event(String id, OffsetDateTime at) {
    return """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"GL-QN-0003","occurredAt":"%s","type":"PLATE_READ",
         "plate":"81A-123.45","plateConfidence":96.5,"vehicleClass":"CAR","lane":"1",
         "images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"1"}]}
        """
        .formatted(SOURCE, id, at);
  }

  private Map<String, Long> runsOnBothNodes() throws Exception {
    Map<String, Long> total = new HashMap<>();
    for (String node : NODE_MANAGEMENT.keySet()) {
      runs(node).forEach((job, count) -> total.merge(job, count, Long::sum));
    }
    return total;
  }

  private Map<String, Long> runs(String node) throws Exception {
    Map<String, Long> runs = new HashMap<>();
    jobsCheck(node)
        .forEach(
            (key, value) -> {
              if (key.startsWith("runs:") && value.getValueType() == JsonValue.ValueType.NUMBER) {
                runs.put(key.substring("runs:".length()), ((JsonNumber) value).longValue());
              }
            });
    return runs;
  }

  private String leads(String node) throws Exception {
    return jobsCheck(node).getString("leads", "");
  }

  private JsonObject jobsCheck(String node) throws Exception {
    HttpResponse<String> health =
        plain.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + NODE_MANAGEMENT.get(node) + "/health/live"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject answer = Json.createReader(new StringReader(health.body())).readObject();
    for (JsonValue check : answer.getJsonArray("checks")) {
      JsonObject object = check.asJsonObject();
      if ("cluster-jobs".equals(object.getString("name"))) {
        JsonObject data = object.getJsonObject("data");
        assertTrue(data.getBoolean("clustered"), node + " runs the cluster profile");
        assertEquals(node, data.getString("node"));
        return data;
      }
    }
    throw new AssertionError(node + " has no cluster-jobs check: " + health.body());
  }

  private static long count(String sql, String like) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, like);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void awaitSeconds(long startedNanos, int seconds) throws InterruptedException {
    long until = startedNanos + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < until) {
      Thread.sleep(
          Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
    }
  }

  /**
   * An officer signed in through the balancer like a browser: cookies kept, Keycloak's form filled.
   */
  private record OfficerSession(CookieManager cookies, CookieHandler handler) {
    static OfficerSession signIn(String username) throws Exception {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      // Keycloak marks its cookies Secure; a browser sends them to http://localhost anyway.
      CookieHandler localhostAsSecure =
          new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
                throws IOException {
              try {
                return cookies.get(
                    new URI("https", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null),
                    headers);
              } catch (URISyntaxException e) {
                throw new IOException(e);
              }
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
              cookies.put(uri, headers);
            }
          };
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(localhostAsSecure)
              .followRedirects(HttpClient.Redirect.ALWAYS)
              .build();
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(BALANCER + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
      assertTrue(action.find(), "Keycloak's sign-in form");
      String form =
          "username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(username, StandardCharsets.UTF_8);
      HttpResponse<String> signedIn =
          client.send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(
          signedIn.body().contains("tcc-user-name"), "signed in to TCC through the balancer");
      return new OfficerSession(cookies, localhostAsSecure);
    }

    /** The node HAProxy keeps this browser on (its TCCNODE cookie). */
    String node() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("TCCNODE"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse("");
    }

    /**
     * A page as the browser would ask for it; a redirect to Keycloak would mean signing in again.
     */
    HttpResponse<String> getWithoutRedirects(String path) throws Exception {
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(handler)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      return client.send(
          HttpRequest.newBuilder(URI.create(BALANCER + path))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
