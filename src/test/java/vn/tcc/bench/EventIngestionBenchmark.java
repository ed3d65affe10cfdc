package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.HandoverSwitch;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The event ingestion's benchmark (run by {@code bin/tcc bench}, not by the tests): 200,000 events
 * in batches of 500 posted to {@code POST /api/v1/events} by a few concurrent clients, one batch in
 * ten sent a second time, then the same number of rows inserted into {@code vms.event} with a plain
 * JDBC batch insert, measured in the same run. Figures go to {@code target/benchmarks/}.
 *
 * <p>Only correctness is asserted (every unique event accepted once, every resent one answered
 * DUPLICATE, nothing rejected, rows in the database, outbox drained), never a time: a broken run
 * must not produce figures, a slow one must.
 */
@ExtendWith(ArquillianExtension.class)
class EventIngestionBenchmark {
  static final int BATCH = 500;
  static final int BATCHES = 400;

  /** A warm-up round: 50,000 new events. */
  static final int WARM_UP_BATCHES = 100;

  /**
   * Warm-up rounds go on until the server has worked this long: after 10 batches the JIT compiler
   * threads still took a third of WildFly's CPU during the load (sampled per thread), and after one
   * round a fifth; the figure was the cold server's, not the sustained rate.
   */
  static final Duration WARM_UP = Duration.ofSeconds(45);

  /** After every tenth batch, the batch eight batches before it goes again: 10 % resent. */
  static final int RESEND_EVERY = 10;

  static final int RESEND_DISTANCE = 8;
  static final int CLIENTS = 4;
  static final long GOAL_EVENTS_PER_SECOND = 5_000;
  static final double GOAL_RATIO = 0.5;

  /** Tokens live 300 s (realm accessTokenLifespan); a fresh one well before that. */
  static final Duration TOKEN_REFRESH = Duration.ofMinutes(2);

  static final String CLIENT_ID = "tcc-event-source";
  static final String CLIENT_SECRET = "event-source-dev-secret";
  static final String SOURCE = "GL-QN-RSC1";
  static final List<String> CAMERAS =
      List.of("GL-QN-0001", "GL-QN-0002", "GL-QN-0003", "GL-QN-0004");
  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  static final String INSERT =
      "INSERT INTO vms.event (client_id, source_id, source_event_id, camera_code,"
          + " jurisdiction_code, occurred_at, utc_offset_minutes, event_type, plate,"
          + " plate_confidence, vehicle_class, speed_kmh, speed_limit_kmh, lane, images,"
          + " attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)";

  private static final Pattern COUNT =
      Pattern.compile("\"(accepted|duplicates|rejected)\"\\s*:\\s*(\\d+)");

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** One generated event: what the source sends, and what TCC stores of it. */
  record Event(
      String sourceEventId,
      String camera,
      OffsetDateTime occurredAt,
      String type,
      String printedPlate,
      String plate,
      BigDecimal confidence,
      String vehicleClass,
      BigDecimal speed,
      BigDecimal limit,
      String lane,
      String imagesJson,
      String attributesJson) {

    String json() {
      StringBuilder out =
          new StringBuilder(400)
              .append("{\"sourceId\":\"")
              .append(SOURCE)
              .append("\",\"sourceEventId\":\"")
              .append(sourceEventId)
              .append("\",\"cameraCode\":\"")
              .append(camera)
              .append("\",\"occurredAt\":\"")
              .append(occurredAt)
              .append("\",\"type\":\"")
              .append(type)
              .append("\",\"plate\":\"")
              .append(printedPlate)
              .append("\",\"plateConfidence\":")
              .append(confidence.toPlainString())
              .append(",\"vehicleClass\":\"")
              .append(vehicleClass)
              .append("\",\"lane\":\"")
              .append(lane)
              .append('"');
      if (speed != null) {
        out.append(",\"speedKmh\":")
            .append(speed.toPlainString())
            .append(",\"speedLimitKmh\":")
            .append(limit.toPlainString());
      }
      return out.append(",\"images\":")
          .append(imagesJson)
          .append(",\"attributes\":")
          .append(attributesJson)
          .append('}')
          .toString();
    }
  }

  /** A batch's answer, read from its counts only (the client shares the server's cores). */
  record Counts(int accepted, int duplicates, int rejected) {
    static Counts of(String body) {
      Map<String, Integer> found = new HashMap<>();
      Matcher matcher = COUNT.matcher(body);
      while (matcher.find()) {
        found.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
      }
      if (found.size() != 3) {
        throw new AssertionError("not a batch answer: " + abbreviated(body));
      }
      return new Counts(found.get("accepted"), found.get("duplicates"), found.get("rejected"));
    }
  }

  /** One send of a batch: when it ended (from the load's start), how long it took, its answer. */
  record Sent(int batch, boolean resend, double endSeconds, double millis, Counts counts) {}

  /** A fresh token before the old one runs out, fetched by whichever client notices first. */
  static final class Tokens {
    private String token;
    private long fetchedAt;
    private int fetched;

    synchronized String current() {
      if (token == null || System.nanoTime() - fetchedAt > TOKEN_REFRESH.toNanos()) {
        token = Keycloak.clientToken(CLIENT_ID, CLIENT_SECRET);
        fetchedAt = System.nanoTime();
        fetched++;
      }
      return token;
    }

    synchronized int fetched() {
      return fetched;
    }
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  @Test
  void measure_sustained_ingestion_through_the_api_beside_a_raw_jdbc_insert() throws Exception {
    Map<String, String> jurisdictions = cameraJurisdictions();
    String run = nonce();
    Random random = new Random(20_261_121L);
    List<Event> warmUpEvents = generate(nonce(), WARM_UP_BATCHES * BATCH, random);
    List<Event> events = generate(run, BATCHES * BATCH, random);
    List<byte[]> warmUpBodies = bodies(warmUpEvents);
    List<byte[]> bodies = bodies(events);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Tokens tokens = new Tokens();

    // Warm-up, not counted: rounds of new events through the same path, the handover running,
    // until the server has worked WARM_UP long; then an empty outbox before the timed load.
    List<Integer> warmUpPlan = new ArrayList<>();
    for (int i = 0; i < WARM_UP_BATCHES; i++) {
      warmUpPlan.add(i);
    }
    long warmUpStart = System.nanoTime();
    int warmUpRounds = 0;
    do {
      List<byte[]> round =
          warmUpRounds == 0
              ? warmUpBodies
              : bodies(generate(nonce(), WARM_UP_BATCHES * BATCH, random));
      List<Sent> warmUp = post(http, tokens, round, warmUpPlan, System.nanoTime());
      assertEquals(
          WARM_UP_BATCHES * BATCH, warmUp.stream().mapToInt(s -> s.counts().accepted()).sum());
      warmUpRounds++;
    } while (System.nanoTime() - warmUpStart < WARM_UP.toNanos());
    awaitEmptyOutbox(Duration.ofMinutes(2));

    // The load: every batch once, one in ten again, CLIENTS at a time.
    List<Integer> plan = new ArrayList<>();
    for (int i = 0; i < BATCHES; i++) {
      plan.add(i);
      if (i % RESEND_EVERY == RESEND_EVERY - 1) {
        plan.add(-(i - RESEND_DISTANCE) - 1); // negative: a resend of that batch
      }
    }
    int resends = (int) plan.stream().filter(i -> i < 0).count();
    OutboxWatch watch = new OutboxWatch();
    long start = System.nanoTime();
    watch.start();
    List<Sent> sent;
    try {
      sent = post(http, tokens, bodies, plan, start);
    } finally {
      watch.stop();
    }
    // The load ends with the last answer received.
    double loadSeconds = sent.stream().mapToDouble(Sent::endSeconds).max().orElseThrow();
    long loadEnd = start + (long) (loadSeconds * 1e9);
    long backlogAtEnd = outboxRows();
    awaitEmptyOutbox(Duration.ofMinutes(5));
    long drained = System.nanoTime();

    int unique = BATCHES * BATCH;
    int accepted = sent.stream().mapToInt(s -> s.counts().accepted()).sum();
    int duplicates = sent.stream().mapToInt(s -> s.counts().duplicates()).sum();
    int rejected = sent.stream().mapToInt(s -> s.counts().rejected()).sum();
    assertEquals(unique, accepted, "every unique event accepted once");
    assertEquals(resends * BATCH, duplicates, "every resent event recognised");
    assertEquals(0, rejected, "the generated events are all valid");
    try (Connection db = Database.asApplication()) {
      assertEquals(
          unique,
          count(db, "SELECT count(*) FROM vms.event WHERE source_event_id LIKE ?", run + "-%"),
          "stored once each");
      assertEquals(
          0,
          count(
              db, "SELECT count(*) FROM vms.quarantine WHERE source_event_id LIKE ?", run + "-%"));
      assertEquals(0, outboxRows(), "handed over");
    }
    String clientId = storedClientId(run);

    // The ingestion path alone, like the JDBC baseline below (nothing else running): the same kind
    // of load with the handover paused, as for maintenance; then the handover alone drains it.
    String aloneRun = nonce();
    List<byte[]> aloneBodies = bodies(generate(aloneRun, BATCHES * BATCH, random));
    assertSuccess(HandoverSwitch.pause(management));
    List<Sent> aloneSent;
    long resumed;
    try {
      Thread.sleep(1_500); // a drain under way stops after its batch
      aloneSent = post(http, tokens, aloneBodies, plan, System.nanoTime());
      assertEquals(unique, outboxRows(), "held in the outbox while the handover is paused");
    } finally {
      assertSuccess(HandoverSwitch.resume(management));
      resumed = System.nanoTime();
    }
    awaitEmptyOutbox(Duration.ofMinutes(5));
    double handoverAloneSeconds = (System.nanoTime() - resumed) / 1e9;
    double aloneSeconds = aloneSent.stream().mapToDouble(Sent::endSeconds).max().orElseThrow();
    assertEquals(unique, aloneSent.stream().mapToInt(s -> s.counts().accepted()).sum());
    assertEquals(resends * BATCH, aloneSent.stream().mapToInt(s -> s.counts().duplicates()).sum());

    // The baseline: the same rows into the same table with a plain JDBC batch insert.
    List<Object[]> jdbcWarmUp = rows(warmUpEvents, nonce(), clientId, jurisdictions);
    insertWithJdbc(jdbcWarmUp, 1);
    String oneRun = nonce();
    double jdbcOne = insertWithJdbc(rows(events, oneRun, clientId, jurisdictions), 1);
    String manyRun = nonce();
    double jdbcMany = insertWithJdbc(rows(events, manyRun, clientId, jurisdictions), CLIENTS);
    try (Connection db = Database.asApplication()) {
      for (String jdbcRun : List.of(oneRun, manyRun)) {
        assertEquals(
            unique,
            count(
                db, "SELECT count(*) FROM vms.event WHERE source_event_id LIKE ?", jdbcRun + "-%"));
      }
    }

    write(
        new Results(
            sent,
            resends,
            loadSeconds,
            watch.largest(),
            backlogAtEnd,
            (drained - loadEnd) / 1e9,
            (drained - start) / 1e9,
            tokens.fetched(),
            warmUpRounds,
            unique / jdbcOne,
            unique / jdbcMany,
            unique / aloneSeconds,
            unique / handoverAloneSeconds,
            databaseSettings()));
  }

  record Results(
      List<Sent> sent,
      int resends,
      double loadSeconds,
      long largestBacklog,
      long backlogAtEnd,
      double drainSeconds,
      double startToEmptySeconds,
      int tokensFetched,
      int warmUpRounds,
      double jdbcOnePerSecond,
      double jdbcManyPerSecond,
      double apiAlonePerSecond,
      double handoverAlonePerSecond,
      String database) {}

  private static void assertSuccess(ModelNode managementAnswer) {
    assertTrue(Operations.isSuccessfulOutcome(managementAnswer), managementAnswer.toString());
  }

  // --- Data ---

  static String nonce() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A plausible mix for Quy Nhơn: mostly plate reads, motorcycles first, plates of 77 and 81. */
  static List<Event> generate(String run, int n, Random random) {
    OffsetDateTime now = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
    String[] colours = {"white", "black", "silver", "red", "blue", "grey"};
    String[] directions = {"N", "S", "E", "W"};
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int roll = random.nextInt(100);
      String type =
          roll < 50
              ? "PLATE_READ"
              : roll < 65
                  ? "RED_LIGHT"
                  : roll < 78
                      ? "SPEEDING"
                      : roll < 88 ? "NO_HELMET" : roll < 95 ? "WRONG_LANE" : "WRONG_WAY";
      int vehicle = random.nextInt(100);
      String vehicleClass =
          type.equals("NO_HELMET") || vehicle < 60
              ? "MOTORCYCLE"
              : vehicle < 90 ? "CAR" : vehicle < 95 ? "TRUCK" : "BUS";
      String province = random.nextBoolean() ? "81" : "77";
      char series = "ABCDEFGHKLMNPSTUVXYZ".charAt(random.nextInt(20));
      String digits = String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
      String plate;
      String printed;
      if (vehicleClass.equals("MOTORCYCLE")) {
        int sub = 1 + random.nextInt(9);
        plate = province + series + sub + digits;
        printed =
            random.nextBoolean()
                ? province
                    + "-"
                    + series
                    + sub
                    + " "
                    + digits.substring(0, 3)
                    + "."
                    + digits.substring(3)
                : plate;
      } else {
        plate = province + series + digits;
        printed =
            random.nextBoolean()
                ? province + series + "-" + digits.substring(0, 3) + "." + digits.substring(3)
                : plate;
      }
      BigDecimal speed = null;
      BigDecimal limit = null;
      if (type.equals("SPEEDING")) {
        int limitKmh = List.of(40, 50, 60, 80).get(random.nextInt(4));
        limit = BigDecimal.valueOf(limitKmh).setScale(1);
        speed = BigDecimal.valueOf(limitKmh * 10L + 10 + random.nextInt(500), 1);
      }
      String recording = Integer.toString(100_000 + random.nextInt(900_000));
      String images =
          type.equals("PLATE_READ")
              ? "[{\"kind\":\"plate\",\"vms\":\"ZM-DEMO\",\"recordingId\":\"" + recording + "\"}]"
              : "[{\"kind\":\"overview\",\"vms\":\"ZM-DEMO\",\"recordingId\":\""
                  + recording
                  + "\"},{\"kind\":\"plate\",\"vms\":\"ZM-DEMO\",\"recordingId\":\""
                  + recording
                  + "\",\"frame\":\""
                  + (1 + random.nextInt(60))
                  + "\"}]";
      String attributes =
          "{\"direction\":\""
              + directions[random.nextInt(4)]
              + "\",\"colour\":\""
              + colours[random.nextInt(colours.length)]
              + "\"}";
      events.add(
          new Event(
              run + "-" + String.format(Locale.ROOT, "%06d", i),
              CAMERAS.get(random.nextInt(CAMERAS.size())),
              now.minusSeconds(1 + random.nextInt(3_600))
                  .minusNanos(random.nextInt(1_000) * 1_000_000L),
              type,
              printed,
              plate,
              BigDecimal.valueOf(700 + random.nextInt(300), 1),
              vehicleClass,
              speed,
              limit,
              Integer.toString(1 + random.nextInt(4)),
              images,
              attributes));
    }
    return events;
  }

  static List<byte[]> bodies(List<Event> events) {
    List<byte[]> bodies = new ArrayList<>();
    for (int from = 0; from < events.size(); from += BATCH) {
      StringBuilder body = new StringBuilder(BATCH * 450).append("{\"events\":[");
      for (int i = from; i < from + BATCH; i++) {
        if (i > from) {
          body.append(',');
        }
        body.append(events.get(i).json());
      }
      bodies.add(body.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  /** The rows TCC stores for these events, under other source event ids (another nonce). */
  static List<Object[]> rows(
      List<Event> events, String run, String clientId, Map<String, String> jurisdictions) {
    List<Object[]> rows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      rows.add(
          new Object[] {
            clientId,
            SOURCE,
            run + "-" + String.format(Locale.ROOT, "%06d", i),
            e.camera(),
            jurisdictions.get(e.camera()),
            e.occurredAt(),
            (short) (e.occurredAt().getOffset().getTotalSeconds() / 60),
            e.type(),
            e.plate(),
            e.confidence(),
            e.vehicleClass(),
            e.speed(),
            e.limit(),
            e.lane(),
            e.imagesJson(),
            e.attributesJson()
          });
    }
    return rows;
  }

  // --- The API load ---

  /**
   * Posts the planned batches (a negative entry {@code -b - 1} resends batch {@code b}) with
   * CLIENTS threads taking the next planned send as they come free; stops at the first failure.
   */
  static List<Sent> post(
      HttpClient http, Tokens tokens, List<byte[]> bodies, List<Integer> plan, long start)
      throws Exception {
    URI uri = URI.create(TccDeployment.baseUrl() + "/api/v1/events");
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            clients.submit(
                () -> {
                  for (int k = next.getAndIncrement();
                      k < plan.size() && failures.isEmpty();
                      k = next.getAndIncrement()) {
                    int planned = plan.get(k);
                    boolean resend = planned < 0;
                    int batch = resend ? -planned - 1 : planned;
                    try {
                      HttpRequest request =
                          HttpRequest.newBuilder(uri)
                              .timeout(Duration.ofSeconds(120))
                              .header("Authorization", "Bearer " + tokens.current())
                              .header("Content-Type", "application/json")
                              .header("Accept", "application/json")
                              .header("Accept-Language", "en")
                              .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(batch)))
                              .build();
                      long before = System.nanoTime();
                      HttpResponse<String> response =
                          http.send(request, HttpResponse.BodyHandlers.ofString());
                      long after = System.nanoTime();
                      if (response.statusCode() != 200) {
                        throw new AssertionError(
                            "batch "
                                + batch
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + abbreviated(response.body()));
                      }
                      Counts counts = Counts.of(response.body());
                      if (counts.accepted() + counts.duplicates() + counts.rejected() != BATCH) {
                        throw new AssertionError("batch " + batch + " answered " + counts);
                      }
                      sent.add(
                          new Sent(
                              batch,
                              resend,
                              (after - start) / 1e9,
                              (after - before) / 1e6,
                              counts));
                    } catch (Throwable failed) {
                      failures.add(failed);
                    }
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("the load failed", failures.peek());
      failures.stream().skip(1).limit(5).forEach(error::addSuppressed);
      throw error;
    }
    assertEquals(plan.size(), sent.size(), "every planned send answered");
    return new ArrayList<>(sent);
  }

  private static final HttpClient PACED_HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * CLIENTS threads sending the batches on a schedule that adds up to {@code eventsPerSecond} from
   * {@code started}, until the batches run out or {@code stop}: the ingestion beside another
   * measurement. Accepted events are added to {@code accepted}.
   */
  static List<Future<?>> pacedLoad(
      ExecutorService workers,
      Tokens tokens,
      List<byte[]> bodies,
      long started,
      double eventsPerSecond,
      AtomicLong accepted,
      AtomicBoolean stop) {
    long nanosPerBatch = (long) (1e9 * BATCH / eventsPerSecond);
    AtomicLong next = new AtomicLong();
    URI uri = URI.create(TccDeployment.baseUrl() + "/api/v1/events");
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          workers.submit(
              () -> {
                for (long k = next.getAndIncrement();
                    k < bodies.size() && !stop.get();
                    k = next.getAndIncrement()) {
                  long due = started + k * nanosPerBatch;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                  }
                  HttpRequest request =
                      HttpRequest.newBuilder(uri)
                          .timeout(Duration.ofSeconds(120))
                          .header("Authorization", "Bearer " + tokens.current())
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) k)))
                          .build();
                  HttpResponse<String> answer =
                      PACED_HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                  assertEquals(200, answer.statusCode(), answer.body());
                  accepted.addAndGet(Counts.of(answer.body()).accepted());
                }
                return null;
              }));
    }
    return clients;
  }

  static String abbreviated(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }

  /** Samples the outbox's size during the load: does the handover keep up? */
  static final class OutboxWatch {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();
    private Connection db;

    void start() throws SQLException {
      db = Database.asApplication();
      sampler.scheduleAtFixedRate(
          () -> {
            try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM vms.event_outbox")) {
              row.next();
              largest.accumulateAndGet(row.getLong(1), Math::max);
            } catch (SQLException e) {
              failed.set(true);
            }
          },
          0,
          500,
          TimeUnit.MILLISECONDS);
    }

    void stop() throws Exception {
      sampler.shutdown();
      sampler.awaitTermination(10, TimeUnit.SECONDS);
      if (db != null) {
        db.close();
      }
    }

    /** The largest backlog seen, or -1 if a sample failed. */
    long largest() {
      return failed.get() ? -1 : largest.get();
    }
  }

  static long outboxRows() throws SQLException {
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM vms.event_outbox")) {
      row.next();
      return row.getLong(1);
    }
  }

  static void awaitEmptyOutbox(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement()) {
      while (true) {
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM vms.event_outbox")) {
          row.next();
          if (row.getLong(1) == 0) {
            return;
          }
          assertTrue(
              System.nanoTime() < deadline,
              "the outbox still holds " + row.getLong(1) + " rows after " + limit);
        }
        Thread.sleep(100);
      }
    }
  }

  // --- The JDBC baseline ---

  /** Inserts the rows in batches of BATCH, one commit per batch; returns the seconds taken. */
  static double insertWithJdbc(List<Object[]> rows, int connections) throws Exception {
    AtomicInteger next = new AtomicInteger();
    int batches = rows.size() / BATCH;
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    List<Connection> opened = new ArrayList<>();
    try {
      for (int c = 0; c < connections; c++) {
        Connection db = Database.asApplication();
        db.setAutoCommit(false);
        opened.add(db);
      }
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (Connection db : opened) {
        running.add(
            workers.submit(
                () -> {
                  try (PreparedStatement insert = db.prepareStatement(INSERT)) {
                    for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                      for (Object[] row : rows.subList(b * BATCH, (b + 1) * BATCH)) {
                        bind(insert, row);
                        insert.addBatch();
                      }
                      int[] done = insert.executeBatch();
                      db.commit();
                      if (done.length != BATCH) {
                        throw new AssertionError("JDBC batch " + b + " inserted " + done.length);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      workers.shutdownNow();
      for (Connection db : opened) {
        db.close();
      }
    }
  }

  /** Typed setters, so a null speed keeps its type and the batch stays one prepared statement. */
  static void bind(PreparedStatement insert, Object[] row) throws SQLException {
    for (int p : new int[] {0, 1, 2, 3, 4, 7, 8, 10, 13, 14, 15}) {
      insert.setString(p + 1, (String) row[p]);
    }
    insert.setObject(6, row[5]);
    insert.setShort(7, (Short) row[6]);
    insert.setBigDecimal(10, (BigDecimal) row[9]);
    insert.setBigDecimal(12, (BigDecimal) row[11]);
    insert.setBigDecimal(13, (BigDecimal) row[12]);
  }

  // --- Database helpers ---

  static Map<String, String> cameraJurisdictions() throws SQLException {
    Map<String, String> found = new HashMap<>();
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT code, jurisdiction_code FROM camera.camera WHERE code = ANY(?)"
                    + " AND status <> 'DECOMMISSIONED'")) {
      query.setArray(1, db.createArrayOf("text", CAMERAS.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    assertEquals(
        CAMERAS.size(), found.size(), "the demo cameras in service (TCC_DEMO_DATA=true): " + found);
    return found;
  }

  static String storedClientId(String run) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT DISTINCT client_id FROM vms.event WHERE source_event_id LIKE ?")) {
      query.setString(1, run + "-%");
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        String clientId = rows.getString(1);
        assertTrue(!rows.next(), "one client");
        return clientId;
      }
    }
  }

  static long count(Connection db, String sql, String like) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, like);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  static String databaseSettings() throws SQLException {
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                    + " current_setting('shared_buffers')")) {
      row.next();
      return "PostgreSQL "
          + row.getString(1)
          + " (synchronous_commit="
          + row.getString(2)
          + ", shared_buffers="
          + row.getString(3)
          + ")";
    }
  }

  // --- Figures ---

  private static void write(Results r) throws IOException {
    int unique = BATCHES * BATCH;
    List<Sent> firsts = r.sent().stream().filter(s -> !s.resend()).toList();
    List<Sent> again = r.sent().stream().filter(Sent::resend).toList();
    List<Double> all = r.sent().stream().map(Sent::millis).toList();
    List<Double> firstMillis = firsts.stream().map(Sent::millis).toList();
    List<Double> againMillis = again.stream().map(Sent::millis).toList();
    double apiPerSecond = unique / r.loadSeconds();
    double answeredPerSecond = (double) r.sent().size() * BATCH / r.loadSeconds();
    double bestJdbc = Math.max(r.jdbcOnePerSecond(), r.jdbcManyPerSecond());
    double ratio = apiPerSecond / bestJdbc;

    // Steadiness: accepted events per full 5-second window of the load.
    int windows = (int) (r.loadSeconds() / 5);
    long[] perWindow = new long[Math.max(windows, 0)];
    for (Sent s : r.sent()) {
      int w = (int) (s.endSeconds() / 5);
      if (w < windows) {
        perWindow[w] += s.counts().accepted();
      }
    }
    String steadiness = "n/a (load shorter than 10 s)";
    if (windows >= 2) {
      long low = Long.MAX_VALUE;
      long high = 0;
      for (long accepted : perWindow) {
        low = Math.min(low, accepted);
        high = Math.max(high, accepted);
      }
      steadiness =
          String.format(Locale.ROOT, "%,.0f – %,.0f (%d windows)", low / 5.0, high / 5.0, windows);
    }

    String pool = System.getenv().getOrDefault("APP_DB_POOL_MAX", "30 (default)");
    StringBuilder out = new StringBuilder();
    out.append("# Event ingestion benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly (-Xmx1g as arquillian.xml starts it, datasource max pool ")
        .append(pool)
        .append("), PostgreSQL, Keycloak and the client share the cores; ")
        .append(r.database())
        .append("; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n")
        .append("| What | Figure |\n|---|---:|\n");
    row(
        out,
        "Events through the API (unique)",
        String.format(Locale.ROOT, "%,d in %d batches of %d", unique, BATCHES, BATCH));
    row(
        out,
        "Batches resent (one batch in " + RESEND_EVERY + ", interleaved)",
        String.format(Locale.ROOT, "%d (%,d events)", r.resends(), r.resends() * BATCH));
    row(
        out,
        "Answers: accepted / duplicates / rejected",
        String.format(
            Locale.ROOT,
            "%,d / %,d / %,d",
            r.sent().stream().mapToInt(s -> s.counts().accepted()).sum(),
            r.sent().stream().mapToInt(s -> s.counts().duplicates()).sum(),
            r.sent().stream().mapToInt(s -> s.counts().rejected()).sum()));
    row(out, "Client threads posting", Integer.toString(CLIENTS));
    row(out, "Load wall time", String.format(Locale.ROOT, "%.1f s", r.loadSeconds()));
    row(
        out,
        "**API sustained ingestion (unique accepted events/s)**",
        String.format(Locale.ROOT, "**%,.0f**", apiPerSecond));
    row(
        out,
        "Goal ≥ " + String.format(Locale.ROOT, "%,d", GOAL_EVENTS_PER_SECOND) + " events/s",
        apiPerSecond >= GOAL_EVENTS_PER_SECOND ? "reached" : "**not reached**");
    row(
        out,
        "API items answered/s (resends included)",
        String.format(Locale.ROOT, "%,.0f", answeredPerSecond));
    row(out, "Accepted events/s per 5-s window, lowest – highest", steadiness);
    row(
        out,
        "Batch latency under load, every send: median / p95 / max",
        String.format(
            Locale.ROOT,
            "%.0f / %.0f / %.0f ms",
            percentile(all, 50),
            percentile(all, 95),
            percentile(all, 100)));
    row(
        out,
        "  first sends: median / p95",
        String.format(
            Locale.ROOT,
            "%.0f / %.0f ms",
            percentile(firstMillis, 50),
            percentile(firstMillis, 95)));
    row(
        out,
        "  resends (all DUPLICATE): median / p95",
        String.format(
            Locale.ROOT,
            "%.0f / %.0f ms",
            percentile(againMillis, 50),
            percentile(againMillis, 95)));
    row(
        out,
        "Raw JDBC batch insert, 1 connection (events/s)",
        String.format(Locale.ROOT, "%,.0f", r.jdbcOnePerSecond()));
    row(
        out,
        "Raw JDBC batch insert, " + CLIENTS + " connections (events/s)",
        String.format(Locale.ROOT, "%,.0f", r.jdbcManyPerSecond()));
    row(
        out,
        "**Ratio API / faster JDBC**, handover running beside (goal ≥ " + GOAL_RATIO + ")",
        String.format(
            Locale.ROOT, "**%.2f** (%s)", ratio, ratio >= GOAL_RATIO ? "reached" : "not reached"));
    double aloneRatio = r.apiAlonePerSecond() / bestJdbc;
    row(
        out,
        "API alone, handover paused: the same load again (unique accepted events/s)",
        String.format(Locale.ROOT, "%,.0f", r.apiAlonePerSecond()));
    row(
        out,
        "**Ratio API alone / faster JDBC**, both with nothing else running (goal ≥ "
            + GOAL_RATIO
            + ")",
        String.format(
            Locale.ROOT,
            "**%.2f** (%s)",
            aloneRatio,
            aloneRatio >= GOAL_RATIO ? "reached" : "not reached"));
    row(
        out,
        "Handover alone: those "
            + String.format(Locale.ROOT, "%,d", unique)
            + " events after resuming (events/s)",
        String.format(Locale.ROOT, "%,.0f", r.handoverAlonePerSecond()));
    row(
        out,
        "Outbox: largest backlog seen during the load (sampled every 0.5 s)",
        r.largestBacklog() < 0
            ? "n/a (a sample failed)"
            : String.format(Locale.ROOT, "%,d rows", r.largestBacklog()));
    row(
        out,
        "Outbox: backlog when the load ended → empty after",
        String.format(Locale.ROOT, "%,d rows → %.1f s", r.backlogAtEnd(), r.drainSeconds()));
    row(
        out,
        "Handover: events handed over/s, load start → empty outbox",
        String.format(Locale.ROOT, "%,.0f", unique / r.startToEmptySeconds()));
    row(out, "Tokens fetched during warm-up and load", Integer.toString(r.tokensFetched()));
    out.append("\nMethod: warm-up first (not counted): rounds of ")
        .append(WARM_UP_BATCHES)
        .append(" batches of new events until the server has worked ")
        .append(WARM_UP.toSeconds())
        .append(" s (")
        .append(r.warmUpRounds())
        .append(" rounds here), then an empty outbox. The request bodies")
        .append(" are built before the clock starts; ")
        .append(CLIENTS)
        .append(" client threads (java.net.http, HTTP/1.1) each take the next planned send as")
        .append(" they come free. After every ")
        .append(RESEND_EVERY)
        .append("th batch, the batch ")
        .append(RESEND_DISTANCE)
        .append(" batches before it goes again (a resend after a lost answer). Latency is send →")
        .append(" whole answer received, at the client; the client reads only the counts of each")
        .append(" answer. The mix: 50 % PLATE_READ, then RED_LIGHT, SPEEDING, NO_HELMET,")
        .append(" WRONG_LANE, WRONG_WAY over the four Quy Nhơn demo cameras, plates of 77/81")
        .append(" (half printed with separators), 1–2 VMS image references and 2 attributes each,")
        .append(" occurredAt within the last hour at +07:00.\n\n")
        .append("The JDBC rows are the same events (other source event ids), with every column")
        .append(" the API fills, inserted by PreparedStatement addBatch/executeBatch, ")
        .append(BATCH)
        .append(" rows and one commit per batch, default driver settings, after the API load and")
        .append(" its handover (so nothing else runs). It inserts into `vms.event` only: the API")
        .append(" additionally parses and validates every item, looks up the cameras, checks")
        .append(" idempotency (ON CONFLICT), writes an outbox row per event and an audit entry")
        .append(" per batch, and answers every item. The ratio divides the API's unique events/s")
        .append(" by the faster of the two JDBC runs. In the first load the handover (every")
        .append(" second, in 2 lanes, up to 40 × 500 events per tick and lane) runs beside it and")
        .append(" shares the cores with it, as it does in service. The second load, the same plan")
        .append(" with new events, runs with the handover paused (system property")
        .append(" `tcc.handover.paused`, set through the management API): the ingestion path")
        .append(" alone, as the JDBC rows run alone; the handover then drains those events alone,")
        .append(" from resuming to an empty outbox.\n");
    Path file = Path.of("target", "benchmarks", "event-ingestion.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println(out);
  }

  private static void row(StringBuilder out, String what, String figure) {
    out.append("| ").append(what).append(" | ").append(figure).append(" |\n");
  }
}
