package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.command.LiveCameras;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The command room's benchmark (run by {@code bin/tcc bench}, not by the tests), figures to {@code
 * target/benchmarks/command-center.md}:
 *
 * <ol>
 *   <li><b>Incident latency</b>: an accident event posted alone every second, from its accepted
 *       answer to the incident in the operator's stream, polled every second as the incidents page
 *       polls; first on a quiet server (the baseline), then while 5,000 events/s are ingested
 *       beside it (the handover and case opening running as in service). The server's own part
 *       (event received → incident opened) is read from the database.
 *   <li><b>Live proxy</b>: the same number of MJPEG streams read directly from ZoneMinder and then
 *       through TCC, the machine's CPU in each window beside an idle one, the VMS connections TCC
 *       holds, and the frames delivered.
 * </ol>
 *
 * Only correctness is asserted (every probe's incident arrives, every stream delivers frames, no
 * VMS connection is left), never a time.
 */
@ExtendWith(ArquillianExtension.class)
class CommandCenterBenchmark {
  static final double TARGET_EVENTS_PER_SECOND = 5_000;
  static final Duration LOAD = Duration.ofSeconds(60);
  static final Duration PROBE_EVERY = Duration.ofSeconds(1);
  static final Duration POLL_EVERY = Duration.ofSeconds(1);

  /**
   * Seconds the operator's side waits on the stream for an incident ({@code wait=}, answered as
   * soon as one is opened); 0 polls every second instead, as the measurement before issue 19 did.
   */
  static final String STREAM_WAIT_PROPERTY = "tcc.bench.commandCenter.streamWait";

  /** true: only the incident latency is measured (the live proxy's windows are left out). */
  static final String LATENCY_ONLY_PROPERTY = "tcc.bench.commandCenter.latencyOnly";

  static int streamWait() {
    return Integer.getInteger(STREAM_WAIT_PROPERTY, 5);
  }

  static final int QUIET_PROBES = 20;
  static final Duration CPU_WINDOW = Duration.ofSeconds(20);
  static final List<String> STREAM_USERS =
      List.of("operator", "operator2", "supervisor", "supervisor2");
  static final List<Integer> STREAM_COUNTS = List.of(16, 64);
  static final int STREAM_SCALE = 50;
  static final int STREAM_FPS = 5;
  static final String SOURCE = "GL-QN-RSC1";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  record Probe(String sourceEventId, long eventId, long acceptedNanos) {}

  record LatencyRun(
      String label,
      List<Double> toOperatorMs,
      List<Double> serverMs,
      double eventsPerSecond,
      long largestOutbox) {}

  record CpuWindow(
      String label,
      int streams,
      double machineCores,
      double zoneMinderCores,
      double wildflyCores,
      long frames) {}

  @Test
  void measure_incident_latency_under_ingestion_and_the_live_proxys_cost() throws Exception {
    warmUp();
    LatencyRun quiet = latency("quiet server (baseline)", false);
    LatencyRun loaded = latency("5,000 events/s ingested beside", true);
    List<CpuWindow> cpu = new ArrayList<>();
    Map<Integer, Integer> upstreamsSeen = new HashMap<>();
    if (Boolean.getBoolean(LATENCY_ONLY_PROPERTY)) {
      write(quiet, loaded, cpu, upstreamsSeen);
      return;
    }
    LiveCameras.link();
    // The handover drains what the loaded run left before anything is measured on CPU.
    EventIngestionBenchmark.awaitEmptyOutbox(Duration.ofMinutes(10));
    cpu.add(idle());
    for (int streams : STREAM_COUNTS) {
      cpu.add(streamWindow(streams, false, upstreamsSeen));
      cpu.add(streamWindow(streams, true, upstreamsSeen));
    }
    write(quiet, loaded, cpu, upstreamsSeen);
  }

  // --- Incident latency ---

  private void warmUp() throws Exception {
    EventIngestionBenchmark.Tokens tokens = new EventIngestionBenchmark.Tokens();
    List<byte[]> bodies =
        EventIngestionBenchmark.bodies(
            EventIngestionBenchmark.generate(
                "cc-warm-" + EventIngestionBenchmark.nonce(), 20_000, new Random(7)));
    List<Integer> plan = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      plan.add(i);
    }
    EventIngestionBenchmark.post(http, tokens, bodies, plan, System.nanoTime());
    for (int i = 0; i < 5; i++) {
      probe(tokens, "warm");
    }
    EventIngestionBenchmark.awaitEmptyOutbox(Duration.ofMinutes(2));
  }

  private LatencyRun latency(String label, boolean withLoad) throws Exception {
    EventIngestionBenchmark.Tokens tokens = new EventIngestionBenchmark.Tokens();
    String operator = Keycloak.userToken("operator");
    long cursor = latestCursor(operator);
    Map<Long, Probe> probes = new ConcurrentHashMap<>();
    Map<Long, Long> seenNanos = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong accepted = new AtomicLong();
    AtomicLong largestOutbox = new AtomicLong();
    ExecutorService workers = Executors.newCachedThreadPool();
    List<Future<?>> running = new ArrayList<>();
    long started = System.nanoTime();
    running.add(workers.submit(() -> watch(operator, cursor, seenNanos, stop)));
    if (withLoad) {
      List<byte[]> bodies =
          EventIngestionBenchmark.bodies(
              EventIngestionBenchmark.generate(
                  "cc-load-" + EventIngestionBenchmark.nonce(),
                  (int) (TARGET_EVENTS_PER_SECOND * LOAD.toSeconds()),
                  new Random(11)));
      running.addAll(
          EventIngestionBenchmark.pacedLoad(
              workers, tokens, bodies, started, TARGET_EVENTS_PER_SECOND, accepted, stop));
      running.add(workers.submit(() -> watchOutbox(largestOutbox, stop)));
    }
    int count = withLoad ? (int) (LOAD.toSeconds() / PROBE_EVERY.toSeconds()) - 2 : QUIET_PROBES;
    try {
      for (int i = 0; i < count; i++) {
        Probe probe = probe(tokens, withLoad ? "load" : "quiet");
        probes.put(probe.eventId(), probe);
        Thread.sleep(PROBE_EVERY.toMillis());
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!seenNanos.keySet().containsAll(probes.keySet()) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    } finally {
      stop.set(true);
      for (Future<?> worker : running) {
        worker.get(2, TimeUnit.MINUTES);
      }
      workers.shutdownNow();
    }
    double loadSeconds = (System.nanoTime() - started) / 1e9;
    assertTrue(
        seenNanos.keySet().containsAll(probes.keySet()),
        "every probe's incident reached the operator: "
            + seenNanos.keySet().size()
            + " of "
            + probes.size());
    List<Double> toOperator = new ArrayList<>();
    for (Probe probe : probes.values()) {
      toOperator.add((seenNanos.get(probe.eventId()) - probe.acceptedNanos()) / 1e6);
    }
    return new LatencyRun(
        label,
        toOperator,
        serverLatencies(probes.keySet()),
        withLoad ? accepted.get() / loadSeconds : 0,
        largestOutbox.get());
  }

  /** Posts one accident alone and answers when TCC accepted it. */
  private Probe probe(EventIngestionBenchmark.Tokens tokens, String run) throws Exception {
    String id = "cc-" + run + "-" + EventIngestionBenchmark.nonce();
    OffsetDateTime at =
        OffsetDateTime.now(EventIngestionBenchmark.VIETNAM)
            .minusSeconds(2)
            .truncatedTo(ChronoUnit.MILLIS);
    String camera =
        EventIngestionBenchmark.CAMERAS.get(
            Math.floorMod(id.hashCode(), EventIngestionBenchmark.CAMERAS.size()));
    String body =
        """
        {"events":[{"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
         "type":"ACCIDENT","images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"1"}],
         "attributes":{"lanesBlocked":"1"}}]}
        """
            .formatted(SOURCE, id, camera, at);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/events"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + tokens.current())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    long acceptedAt = System.nanoTime();
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject item = json(answer.body()).getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), answer.body());
    return new Probe(id, item.getJsonNumber("eventId").longValue(), acceptedAt);
  }

  /**
   * The operator's screen: every second the stream is read from the last cursor until it has no
   * more (the load's wrong-way events open incidents too, hundreds a second), every new incident
   * noted with the time of the answer that brought it.
   */
  private Void watch(String token, long cursor, Map<Long, Long> seen, AtomicBoolean stop)
      throws Exception {
    long after = cursor;
    while (!stop.get()) {
      int items;
      do {
        Api.Answer page =
            Api.get(
                "incidents/stream?after="
                    + after
                    + "&size=200"
                    + (streamWait() > 0 ? "&wait=" + streamWait() : ""),
                token);
        long at = System.nanoTime();
        assertEquals(200, page.status(), page.body());
        items = page.json().getJsonArray("items").size();
        for (JsonValue item : page.json().getJsonArray("items")) {
          JsonObject incident = item.asJsonObject();
          if (incident.containsKey("eventId") && !incident.isNull("eventId")) {
            seen.putIfAbsent(incident.getJsonNumber("eventId").longValue(), at);
          }
        }
        after = page.json().getJsonNumber("cursor").longValue();
      } while (items == 200 && !stop.get());
      if (streamWait() == 0) {
        Thread.sleep(POLL_EVERY.toMillis());
      }
    }
    return null;
  }

  private Void watchOutbox(AtomicLong largest, AtomicBoolean stop) throws Exception {
    while (!stop.get()) {
      largest.accumulateAndGet(EventIngestionBenchmark.outboxRows(), Math::max);
      Thread.sleep(500);
    }
    return null;
  }

  private static long latestCursor(String token) {
    Api.Answer page = Api.get("incidents?size=1", token);
    assertEquals(200, page.status(), page.body());
    return page.json().getJsonNumber("cursor").longValue();
  }

  /** Event received → incident opened, as the database recorded them. */
  private static List<Double> serverLatencies(Set<Long> eventIds) throws Exception {
    List<Double> ms = new ArrayList<>();
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT extract(epoch FROM i.opened_at - e.received_at) * 1000"
                    + " FROM command.incident i JOIN vms.event e ON e.id = i.event_id"
                    + " WHERE i.event_id = ANY (?)")) {
      query.setArray(1, db.createArrayOf("bigint", eventIds.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ms.add(rows.getDouble(1));
        }
      }
    }
    assertEquals(eventIds.size(), ms.size(), "an incident row for every probe");
    return ms;
  }

  // --- Live proxy ---

  private CpuWindow idle() throws Exception {
    CpuSample before = CpuSample.now();
    Thread.sleep(CPU_WINDOW.toMillis());
    CpuSample after = CpuSample.now();
    return new CpuWindow(
        "nothing streaming",
        0,
        after.machineCores(before),
        after.zoneMinderCores(before),
        after.wildflyCores(before),
        0);
  }

  /** {@code streams} tiles, half on each demo camera, read for the window; then closed. */
  private CpuWindow streamWindow(int streams, boolean throughTcc, Map<Integer, Integer> upstreams)
      throws Exception {
    awaitUpstreams(0);
    Map<String, String> monitors = monitorsOfTheDemoCameras();
    String zmToken = throughTcc ? null : zoneMinderToken();
    List<InputStream> open = new ArrayList<>();
    AtomicLong frames = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService readers = Executors.newFixedThreadPool(streams);
    try {
      for (int i = 0; i < streams; i++) {
        String camera = i % 2 == 0 ? LiveCameras.FIRST : LiveCameras.SECOND;
        HttpRequest.Builder request;
        if (throughTcc) {
          String user = STREAM_USERS.get(i / 16);
          request =
              HttpRequest.newBuilder(
                      URI.create(
                          TccDeployment.baseUrl()
                              + "/api/v1/cameras/"
                              + camera
                              + "/live?scale="
                              + STREAM_SCALE))
                  .header("Authorization", "Bearer " + Keycloak.userToken(user));
        } else {
          request =
              HttpRequest.newBuilder(
                  URI.create(
                      zoneMinder()
                          + "/cgi-bin/nph-zms?mode=jpeg&monitor="
                          + monitors.get(camera)
                          + "&maxfps="
                          + STREAM_FPS
                          + "&scale="
                          + STREAM_SCALE
                          + "&token="
                          + URLEncoder.encode(zmToken, StandardCharsets.UTF_8)));
        }
        HttpResponse<InputStream> answer =
            http.send(
                request.timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode(), (throughTcc ? "TCC" : "ZoneMinder") + " stream");
        open.add(answer.body());
      }
      for (InputStream stream : open) {
        LiveCameras.nextJpeg(stream); // every stream flows before the window opens
        readers.submit(() -> read(stream, frames, stop));
      }
      if (throughTcc) {
        upstreams.put(streams, openUpstreams());
      }
      long framesBefore = frames.get();
      CpuSample before = CpuSample.now();
      Thread.sleep(CPU_WINDOW.toMillis());
      CpuSample after = CpuSample.now();
      long delivered = frames.get() - framesBefore;
      assertTrue(delivered > streams, "every stream delivers frames: " + delivered);
      return new CpuWindow(
          streams + (throughTcc ? " streams through TCC" : " streams straight from ZoneMinder"),
          streams,
          after.machineCores(before),
          after.zoneMinderCores(before),
          after.wildflyCores(before),
          delivered);
    } finally {
      stop.set(true);
      for (InputStream stream : open) {
        stream.close();
      }
      readers.shutdownNow();
      awaitUpstreams(0);
    }
  }

  private static Void read(InputStream stream, AtomicLong frames, AtomicBoolean stop) {
    try {
      while (!stop.get()) {
        LiveCameras.nextJpeg(stream);
        frames.incrementAndGet();
      }
    } catch (IOException | AssertionError closed) {
      // the window ended and the stream was closed under the reader
    }
    return null;
  }

  private static int openUpstreams() {
    Api.Answer count = Api.get("command/live-streams", Keycloak.userToken("admin"));
    assertEquals(200, count.status(), count.body());
    return count.json().getInt("openUpstreams");
  }

  private static void awaitUpstreams(int expected) throws InterruptedException {
    int last = -1;
    for (int i = 0; i < 120; i++) {
      last = openUpstreams();
      if (last == expected) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(expected + " open VMS connections expected, still " + last);
  }

  private static Map<String, String> monitorsOfTheDemoCameras() {
    JsonObject overview =
        Api.get("vms/connections/ZM-DEMO/cameras", Keycloak.userToken("admin")).json();
    Map<String, String> monitors = new HashMap<>();
    for (JsonValue row : overview.getJsonArray("vmsCameras")) {
      JsonObject camera = row.asJsonObject();
      String linked = camera.getString("linkedCameraCode", null);
      if (linked != null) {
        monitors.put(linked, camera.getString("externalId"));
      }
    }
    assertTrue(monitors.containsKey(LiveCameras.FIRST) && monitors.containsKey(LiveCameras.SECOND));
    return monitors;
  }

  private static String zoneMinder() {
    return System.getProperty("tcc.zm.url", "http://127.0.0.1:8088/zm");
  }

  private String zoneMinderToken() throws Exception {
    String form =
        "user="
            + URLEncoder.encode(System.getProperty("tcc.zm.user", "admin"), StandardCharsets.UTF_8)
            + "&pass="
            + URLEncoder.encode(
                System.getProperty("tcc.zm.password", "admin"), StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(zoneMinder() + "/api/host/login.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return json(answer.body()).getString("access_token");
  }

  /** The machine's, ZoneMinder's and WildFly's CPU time so far, from /proc (Linux). */
  record CpuSample(
      long busyTicks, long totalTicks, long zoneMinderTicks, long wildflyTicks, long nanos) {
    /** ZoneMinder's web side: Apache and the nph-zms stream process it starts per viewer. */
    static final Set<String> ZONEMINDER_PROCESSES = Set.of("apache2", "nph-zms", "zms");

    static final double TICKS_PER_SECOND = 100;

    static CpuSample now() throws IOException {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      return new CpuSample(
          total - idle, total, readZoneMinderTicks(), readWildflyTicks(), System.nanoTime());
    }

    private static long readZoneMinderTicks() {
      long ticks = 0;
      for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
        try {
          String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (ZONEMINDER_PROCESSES.contains(name)) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended between the listing and the read
        }
      }
      return ticks;
    }

    private static long readWildflyTicks() throws IOException {
      long pid =
          ProcessHandle.allProcesses()
              .filter(
                  p ->
                      p.info().commandLine().orElse("").contains("jboss-modules.jar")
                          && p.info().commandLine().orElse("").contains("wildfly"))
              .mapToLong(ProcessHandle::pid)
              .findFirst()
              .orElse(-1);
      if (pid < 0) {
        return 0;
      }
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    }

    /** Cores busy on average since {@code before} (2.0 = both cores all the time). */
    double machineCores(CpuSample before) {
      double share = (double) (busyTicks - before.busyTicks) / (totalTicks - before.totalTicks);
      return share * Runtime.getRuntime().availableProcessors();
    }

    double zoneMinderCores(CpuSample before) {
      return (zoneMinderTicks - before.zoneMinderTicks)
          / TICKS_PER_SECOND
          / ((nanos - before.nanos) / 1e9);
    }

    double wildflyCores(CpuSample before) {
      return (wildflyTicks - before.wildflyTicks)
          / TICKS_PER_SECOND
          / ((nanos - before.nanos) / 1e9);
    }
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  // --- Figures ---

  private static double percentile(List<Double> values, double p) {
    return EventIngestionBenchmark.percentile(values, p);
  }

  private static void write(
      LatencyRun quiet, LatencyRun loaded, List<CpuWindow> cpu, Map<Integer, Integer> upstreams)
      throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("# Command room benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly (-Xmx1g as arquillian.xml starts it), PostgreSQL, Keycloak,")
        .append(" ZoneMinder and the client share them; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n## Incident latency: event accepted → incident on the operator's screen\n\n")
        .append("| Condition | Probes | Ingestion beside (events/s) | to the operator: median")
        .append(" / p95 / max | server alone (received → opened): median / p95 |")
        .append(" Goal p95 < 2 s |\n|---|---:|---:|---|---|---|\n");
    for (LatencyRun run : List.of(quiet, loaded)) {
      double p95 = percentile(run.toOperatorMs(), 95);
      out.append("| ")
          .append(run.label())
          .append(" | ")
          .append(run.toOperatorMs().size())
          .append(" | ")
          .append(
              run.eventsPerSecond() == 0
                  ? "—"
                  : String.format(Locale.ROOT, "%,.0f", run.eventsPerSecond()))
          .append(" | ")
          .append(ms(percentile(run.toOperatorMs(), 50)))
          .append(" / **")
          .append(ms(p95))
          .append("** / ")
          .append(ms(Collections.max(run.toOperatorMs())))
          .append(" | ")
          .append(ms(percentile(run.serverMs(), 50)))
          .append(" / ")
          .append(ms(percentile(run.serverMs(), 95)))
          .append(" | ")
          .append(p95 < 2_000 ? "reached" : "**not reached**")
          .append(" |\n");
    }
    out.append("\nRatio p95 under load / quiet: **")
        .append(
            String.format(
                Locale.ROOT,
                "%.2f",
                percentile(loaded.toOperatorMs(), 95) / percentile(quiet.toOperatorMs(), 95)))
        .append("**. Largest event outbox seen during the load: ")
        .append(String.format(Locale.ROOT, "%,d", loaded.largestOutbox()))
        .append(" rows.\n\n");
    if (!cpu.isEmpty()) {
      out.append("## Live proxy: the same streams straight from ZoneMinder and through TCC\n\n")
          .append("| Window | Streams | Machine CPU (cores) | ZoneMinder's web side (cores) |")
          .append(" WildFly CPU (cores) | Frames in ")
          .append(CPU_WINDOW.toSeconds())
          .append(" s | VMS connections TCC held |\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (CpuWindow w : cpu) {
        boolean viaTcc = w.label().contains("TCC");
        out.append("| ")
            .append(w.label())
            .append(" | ")
            .append(w.streams())
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", w.machineCores()))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", w.zoneMinderCores()))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", w.wildflyCores()))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%,d", w.frames()))
            .append(" | ")
            .append(viaTcc ? upstreams.get(w.streams()) : "—")
            .append(" |\n");
      }
      CpuWindow idle = cpu.get(0);
      out.append("\n| Streams | A direct stream costs ZoneMinder (% of a core) | TCC's proxy adds")
          .append(" (WildFly, % of a core) | added / direct | Goal ≤ 10 % |\n")
          .append("|---:|---:|---:|---:|---|\n");
      for (int i = 1; i + 1 < cpu.size(); i += 2) {
        CpuWindow direct = cpu.get(i);
        CpuWindow proxied = cpu.get(i + 1);
        double perDirect =
            (direct.zoneMinderCores() - idle.zoneMinderCores()) / direct.streams() * 100;
        double added = (proxied.wildflyCores() - idle.wildflyCores()) / proxied.streams() * 100;
        double relative = perDirect <= 0 ? Double.NaN : added / perDirect;
        out.append("| ")
            .append(direct.streams())
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", perDirect))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", added))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.0f %%", relative * 100))
            .append(" | ")
            .append(relative <= 0.10 ? "reached" : "**not reached**")
            .append(" |\n");
      }
    } else {
      out.append("The live proxy was not measured in this run (")
          .append(LATENCY_ONLY_PROPERTY)
          .append("=true).\n");
    }
    out.append(
            "\nMethod. Latency: after a warm-up (20,000 events, 5 accidents), an ACCIDENT event is"
                + " posted alone every second; its clock starts when TCC's answer (ACCEPTED) is"
                + " received. The operator's side "
                + (streamWait() > 0
                    ? "waits on `GET /api/v1/incidents/stream?after=&wait="
                        + streamWait()
                        + "`"
                        + " (answered as soon as an incident is opened, read again at once after"
                        + " each answer)"
                    : "reads `GET /api/v1/incidents/stream?after=` every second to its end (the"
                        + " figure includes up to one second of polling)")
                + ", and the clock stops at the answer that first lists the incident. The load's wrong-way events (5 %) open incidents too. The"
                + " server's own part is `incident.opened_at − event.received_at` from the"
                + " database. Under load, 4 clients post batches of 500 generated events"
                + " (EventIngestionBenchmark's mix, half of them violations that open cases) on a"
                + " schedule adding up to 5,000 events/s for 60 s; the rate column is what was"
                + " accepted. Live proxy: first a window with nothing streaming (the idle figure"
                + " subtracted below), then N MJPEG streams at ")
        .append(STREAM_SCALE)
        .append(" % scale, ")
        .append(STREAM_FPS)
        .append(
            " frames/s, half on each demo camera, read by the client straight from ZoneMinder's"
                + " nph-zms and then through `GET /api/v1/cameras/{code}/live` (16 per user, the"
                + " per-user limit: users ")
        .append(String.join(", ", STREAM_USERS))
        .append("); the machine's CPU from /proc/stat over a ")
        .append(CPU_WINDOW.toSeconds())
        .append(
            "-s window once every stream delivered a frame (after the loaded run's outbox was"
                + " drained); ZoneMinder's web side (Apache and its nph-zms stream processes) and"
                + " WildFly from their /proc/<pid>/stat. A direct stream's cost is ZoneMinder's"
                + " above its idle window per stream; what TCC's proxy adds is WildFly's above its"
                + " idle window per stream (ZoneMinder serves the same streams in both). The"
                + " machine's total is shown for context only: other work shares the two cores."
                + " The VMS connections are TCC's own count (`GET /api/v1/command/live-streams`)"
                + " while the streams are open; after each window it is back to 0. 20 operators ×"
                + " 16 tiles (320 streams) are not run: the demo realm has four users who may"
                + " watch the whole province, and ZoneMinder's one process per stream on two"
                + " cores bounds the test, not TCC.\n");
    Path file = Path.of("target", "benchmarks", "command-center.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%,.0f ms", value);
  }
}
