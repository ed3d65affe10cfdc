package vn.tcc.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Issue 21's fault "WildFly killed (SIGKILL) during the handover": event sources post violation
 * events while the server hands them over to case opening; the server process is killed outright
 * (no shutdown, no reload) with batches in flight and accepted events not yet handed over, then
 * started again with the same command line. The sources resend what got no answer, as they are told
 * to. Afterwards: every event stored once (none lost, none twice), every one handed over exactly
 * once, one case per violation (each event has its own plate, so a second case would be a
 * duplicate) and nothing left in the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class ServerKilledDuringHandoverIT {
  // In the event source's ward (Quy Nhơn); the cases are recent, so the review-queue suites, which
  // take the oldest, still find their own first.
  private static final String CAMERA = "GL-QN-0001";
  private static final int THREADS = 4;
  private static final int BATCH = 50;
  private static final int BATCHES = 20; // 1,000 events in all
  private static final int KILL_AFTER_ACCEPTED = 300;
  private static final long PAUSE_MILLIS = 250;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** One batch as the source built it: resent unchanged until it gets an answer. */
  record Batch(int number, String body) {}

  @Test
  void no_event_is_lost_or_stored_twice_and_no_case_is_opened_twice() throws Exception {
    String source = "KILL-" + UUID.randomUUID().toString().substring(0, 8);
    int firstPlate = ThreadLocalRandom.current().nextInt(0, 100_000 - BATCHES * BATCH);
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(2).truncatedTo(ChronoUnit.MILLIS);
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<String> events = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        int n = firstPlate + b * BATCH + i;
        events.add(event(source, "e" + (b * BATCH + i), plate(n), at.plusNanos(n * 1_000_000L)));
      }
      batches.add(new Batch(b, "{\"events\":[" + String.join(",", events) + "]}"));
    }

    ProcessHandle server = wildFly();
    ServerCommand command = ServerCommand.of(server);
    String token = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    AtomicInteger accepted = new AtomicInteger();
    List<Batch> unanswered = Collections.synchronizedList(new ArrayList<>());
    List<String> refused = Collections.synchronizedList(new ArrayList<>());
    ExecutorService sources = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> sending = new ArrayList<>();
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < THREADS; t++) {
      sending.add(
          sources.submit(
              () -> {
                for (int b = next.getAndIncrement(); b < BATCHES; b = next.getAndIncrement()) {
                  Batch batch = batches.get(b);
                  try {
                    HttpResponse<String> answer = post(batch.body(), token);
                    if (answer.statusCode() == 200) {
                      JsonObject json = json(answer.body());
                      accepted.addAndGet(json.getInt("accepted") + json.getInt("duplicates"));
                      if (json.getInt("rejected") > 0) {
                        refused.add(
                            answer.body().substring(0, Math.min(600, answer.body().length())));
                      }
                    } else {
                      unanswered.add(batch); // a 5xx/503 while the server goes: resend later
                    }
                  } catch (IOException | InterruptedException goneMidway) {
                    unanswered.add(batch);
                  }
                  // A regional cluster sends a batch every few hundred ms: the kill then finds
                  // batches answered, batches in flight and batches not sent yet.
                  Thread.sleep(PAUSE_MILLIS);
                }
                return null;
              }));
    }
    long deadline = System.currentTimeMillis() + 60_000;
    while (accepted.get() < KILL_AFTER_ACCEPTED) {
      assertTrue(refused.isEmpty(), "every event is valid: " + refused);
      assertTrue(System.currentTimeMillis() < deadline, "sources got answers before the kill");
      Thread.sleep(5);
    }
    server.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction finished
    server.onExit().get(30, TimeUnit.SECONDS);
    long outboxAtKill = outbox(source); // the dead server wrote nothing since
    for (Future<?> f : sending) {
      f.get(2, TimeUnit.MINUTES); // the rest of the batches fail fast: the port is closed
    }
    sources.shutdown();
    int acceptedBeforeKill = accepted.get();

    Process restarted = command.start();
    Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroy));
    awaitTcc();

    // The sources resend every batch that got no answer; some of its events may already be in.
    String freshToken = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    int resentDuplicates = 0;
    for (Batch batch : unanswered) {
      HttpResponse<String> answer = post(batch.body(), freshToken);
      assertEquals(200, answer.statusCode(), answer.body());
      JsonObject json = json(answer.body());
      assertEquals(0, json.getInt("rejected"), answer.body());
      resentDuplicates += json.getInt("duplicates");
    }

    assertTrue(refused.isEmpty(), "every event is valid: " + refused);
    int total = BATCHES * BATCH;
    assertEquals(total, count("SELECT count(*) FROM vms.event WHERE source_id = ?", source));
    assertEquals(
        total,
        count("SELECT count(DISTINCT source_event_id) FROM vms.event WHERE source_id = ?", source));

    deadline = System.currentTimeMillis() + 180_000;
    while (outbox(source) > 0) {
      assertTrue(
          System.currentTimeMillis() < deadline,
          "handed over within 3 minutes of the restart: " + outbox(source) + " left");
      Thread.sleep(500);
    }
    assertEquals(
        total,
        count(
            "SELECT count(*) FROM violation.case_event ce JOIN vms.event e ON e.id = ce.event_id"
                + " WHERE e.source_id = ?",
            source),
        "every event handed over to exactly one case");
    String cases =
        "FROM violation.violation_case c JOIN vms.event e ON e.id = c.first_event_id"
            + " WHERE e.source_id = ?";
    assertEquals(total, count("SELECT count(*) " + cases, source), "one case per violation");
    assertEquals(
        total,
        count("SELECT coalesce(sum(c.detections), 0) " + cases, source),
        "no detection twice");
    assertEquals(
        total,
        count("SELECT count(DISTINCT c.plate_key) " + cases, source),
        "no plate with two cases");

    System.out.printf(
        "Server killed during the handover: %d events sent in %d batches by %d sources; %d"
            + " answered before the kill, %d left in the outbox at the kill, %d batches resent"
            + " after the restart (%d of their events already stored: answered DUPLICATE);"
            + " after: %d events stored, %d cases, 0 lost, 0 twice%n",
        total,
        BATCHES,
        THREADS,
        acceptedBeforeKill,
        outboxAtKill,
        unanswered.size(),
        resentDuplicates,
        total,
        total);
  }

  private static JsonObject json(String body) {
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String plate(int n) {
    return String.format("81B-%03d.%02d", n / 100, n % 100);
  }

  private static String event(String source, String id, String plate, OffsetDateTime at) {
    return """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",\
        "type":"RED_LIGHT","plate":"%s","plateConfidence":95.0,"vehicleClass":"CAR","lane":"1",\
        "images":[]}"""
        .formatted(source, id, CAMERA, at, plate);
  }

  private static HttpResponse<String> post(String body, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/events"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long outbox(String source) throws Exception {
    return count(
        "SELECT count(*) FROM vms.event_outbox o JOIN vms.event e ON e.id = o.event_id"
            + " WHERE e.source_id = ?",
        source);
  }

  private static long count(String sql, String value) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, value);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The WildFly that Arquillian started for this suite (the one in this build's target/). */
  private static ProcessHandle wildFly() {
    String home = new File(System.getProperty("jboss.home")).getAbsolutePath();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("org.jboss.as.standalone") && c.contains(home))
                    .orElse(false))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No WildFly of " + home + " runs"));
  }

  /** TCC answers again: the deployment is up and the API refuses an anonymous caller. */
  private static void awaitTcc() throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    while (true) {
      assertTrue(System.currentTimeMillis() < deadline, "TCC back within 3 minutes of the start");
      try {
        HttpResponse<String> me =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() == 401) {
          return;
        }
      } catch (IOException notYet) {
        // the port opens before the deployment is in
      }
      Thread.sleep(1_000);
    }
  }

  /**
   * How the killed server was started, read from /proc: its arguments, environment and directory,
   * so the same server starts again (its deployments are kept in its configuration).
   */
  record ServerCommand(List<String> arguments, Map<String, String> environment, Path directory) {
    static ServerCommand of(ProcessHandle process) throws IOException {
      Path proc = Path.of("/proc", Long.toString(process.pid()));
      List<String> arguments =
          Arrays.asList(
              new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                  .split("\0"));
      Map<String, String> environment = new HashMap<>();
      for (String entry :
          new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8)
              .split("\0")) {
        int equals = entry.indexOf('=');
        if (equals > 0) {
          environment.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
      }
      return new ServerCommand(arguments, environment, Files.readSymbolicLink(proc.resolve("cwd")));
    }

    Process start() throws IOException {
      ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile());
      builder.environment().clear();
      builder.environment().putAll(environment);
      File log = new File("target/wildfly-after-kill.log");
      return builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
          .start();
    }
  }
}
