package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The violation cases' benchmark (run by {@code bin/tcc bench}, not by the tests): 1,000,000 cases
 * made of 3,000,000 events from {@code db/bench/violation_cases_data.sql}, then the review queue's
 * next case for an officer of a ward and for the province's supervisor, and the first page of a
 * search by camera and state and of a search by plate, each beside the bare SQL it runs, measured
 * in the same run; then 50,000 new violation events through the API and how fast they end up in
 * cases. Figures go to {@code target/benchmarks/}.
 *
 * <p>Only correctness is asserted (every queue call answered with a case nobody else had, every
 * search answered with its rows, every new event in exactly one case), never a time: a slow run
 * must still produce its figures.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBenchmark {
  private static final int WARM_UP = 5;
  private static final int RUNS = 100;
  private static final double GOAL_P95_MILLIS = 200;
  private static final long GOAL_EVENTS_PER_SECOND = EventIngestionBenchmark.GOAL_EVENTS_PER_SECOND;

  /** The case opening load: new violation events through the API, like the ingestion benchmark. */
  private static final int OPENING_BATCHES = 100;

  private static final int OPENING_WARM_UP_BATCHES = 10;
  private static final int BATCH = EventIngestionBenchmark.BATCH;

  /** The claim's SELECT (JdbcCaseReviews.CLAIM without the UPDATE that records the claim). */
  static final String CLAIM_SELECT =
      "SELECT c.id FROM violation.violation_case c"
          + " WHERE c.state IN ('DETECTED', 'IN_REVIEW')"
          + " AND (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')"
          + " AND (c.first_reviewer IS NULL OR lower(c.first_reviewer) <> lower(?))"
          + " AND (c.claimed_until IS NULL OR c.claimed_until < now() OR lower(c.claimed_by) ="
          + " lower(?))"
          + " ORDER BY c.occurred_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED";

  /** What JdbcCaseListing runs for the supervisor (scope GL) with these filters. */
  static final String SCOPE = "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";

  static final String BY_CAMERA_AND_STATE = SCOPE + " AND c.camera_code = ? AND c.state = ?";
  static final String BY_PLATE = SCOPE + " AND (c.plate_key = ? OR c.verified_plate = ?)";

  static String rowsSql(String where) {
    return "SELECT c.case_number, c.state, c.jurisdiction_code, c.camera_code,"
        + " coalesce(c.verified_type, c.detected_type),"
        + " coalesce(c.verified_plate, c.detected_plate), c.occurred_at, c.detections"
        + " FROM violation.violation_case c WHERE "
        + where
        + " ORDER BY c.occurred_at DESC, c.id DESC LIMIT ? OFFSET ?";
  }

  static String countSql(String where) {
    return "SELECT count(*) FROM (SELECT 1 FROM violation.violation_case c WHERE "
        + where
        + " LIMIT 10001) capped";
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  record Figures(String what, List<Double> millis) {
    double percentile(double p) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
  }

  /** An API figure beside the bare SQL it runs. */
  record Pair(Figures api, Figures sql) {}

  interface Call {
    void run() throws Exception;
  }

  static Figures measure(String what, Call call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Figures(what, millis);
  }

  /** A demo user's token, fetched again well before it runs out (300 s). */
  static final class UserToken {
    private final String user;
    private String token;
    private long fetchedAt;

    UserToken(String user) {
      this.user = user;
    }

    String current() {
      if (token == null
          || System.nanoTime() - fetchedAt > EventIngestionBenchmark.TOKEN_REFRESH.toNanos()) {
        token = Keycloak.userToken(user);
        fetchedAt = System.nanoTime();
      }
      return token;
    }
  }

  @Test
  void measure_the_cases_at_province_scale() throws Exception {
    String loading = generateData();
    Map<String, Long> sizes = sizes();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    UserToken officer = new UserToken("officer");
    UserToken supervisor = new UserToken("supervisor");

    List<Pair> pairs = new ArrayList<>();
    String camera;
    String plate;
    try (Connection db = Database.asApplication()) {
      camera = busiestCamera(db);
      plate = mostFrequentPlate(db);

      // (a) The review queue: each call takes the oldest case the reviewer may review; an
      // untimed review after it sends the case on, so the next call takes another one.
      pairs.add(
          new Pair(
              queue(http, officer, "Review queue, next case: officer (ward GL.QUY_NHON)"),
              measure(
                  "  SQL alone: the claim's SELECT … FOR UPDATE SKIP LOCKED, ward",
                  () -> claimSelect(db, "GL.QUY_NHON", "", "officer"))));
      pairs.add(
          new Pair(
              queue(http, supervisor, "Review queue, next case: supervisor (province GL)"),
              measure(
                  "  SQL alone: the claim's SELECT … FOR UPDATE SKIP LOCKED, province",
                  () -> claimSelect(db, "GL", "GL.%", "supervisor"))));

      // (b) The first page of two searches as the supervisor (the whole province).
      String byCamera = "cases?state=DETECTED&camera=" + camera + "&size=25";
      checkSearch(
          http, supervisor, byCamera, 25, Map.of("cameraCode", camera, "state", "DETECTED"));
      pairs.add(
          new Pair(
              measure(
                  "Search, first page: state=DETECTED, camera=" + camera + " (25 rows)",
                  () -> search(http, supervisor, byCamera)),
              measure(
                  "  SQL alone: rows + capped count",
                  () ->
                      listing(
                          db, BY_CAMERA_AND_STATE, List.of("GL", "GL.%", camera, "DETECTED")))));
      String byPlate =
          "cases?plate=" + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&purpose=benchmark";
      checkSearch(http, supervisor, byPlate + "&size=25", 2, Map.of("plate", plate));
      pairs.add(
          new Pair(
              measure(
                  "Search by plate " + plate + ", first page (purpose given, audited)",
                  () -> search(http, supervisor, byPlate + "&size=25")),
              measure(
                  "  SQL alone: rows + capped count",
                  () -> listing(db, BY_PLATE, List.of("GL", "GL.%", plate, plate)))));
    }

    // (c) Opening cases from newly ingested events.
    Opening opening = openCasesFromNewEvents(http);

    write(loading, sizes, camera, plate, pairs, opening);
  }

  // --- Data ---

  /** Loads the data (or finds it loaded) and settles the tables; returns what the script said. */
  private static String generateData() throws Exception {
    return BenchData.load(
        "violation_cases_data.sql",
        null,
        1,
        "vms.event, violation.violation_case, violation.case_event, violation.case_transition, violation.case_review");
  }

  private static Map<String, Long> sizes() throws SQLException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM vms.event),"
                    + " (SELECT count(*) FROM vms.event WHERE source_id = 'BENCH-CASES'),"
                    + " (SELECT count(*) FROM violation.violation_case),"
                    + " (SELECT count(*) FROM violation.case_event),"
                    + " (SELECT count(*) FROM violation.case_transition),"
                    + " (SELECT count(*) FROM violation.case_review),"
                    + " (SELECT count(*) FROM violation.violation_case"
                    + "   WHERE state IN ('DETECTED', 'IN_REVIEW')),"
                    + " (SELECT count(*) FROM violation.violation_case"
                    + "   WHERE state IN ('DETECTED', 'IN_REVIEW')"
                    + "   AND jurisdiction_code = 'GL.QUY_NHON'),"
                    + " (SELECT count(*) FROM violation.violation_case"
                    + "   WHERE state IN ('CLOSED', 'REJECTED', 'NOTICE_ISSUED'))")) {
      row.next();
      String[] names = {
        "events (vms.event)",
        "  of them the benchmark's",
        "cases (violation.violation_case)",
        "events in cases (violation.case_event)",
        "transitions (violation.case_transition)",
        "reviews (violation.case_review)",
        "cases waiting for review (DETECTED, IN_REVIEW), province",
        "  of them in ward GL.QUY_NHON",
        "cases CLOSED, REJECTED or NOTICE_ISSUED"
      };
      for (int i = 0; i < names.length; i++) {
        sizes.put(names[i], row.getLong(i + 1));
      }
    }
    assertTrue(sizes.get("  of them the benchmark's") >= 3_000_000, "the events are loaded");
    assertTrue(sizes.get("cases (violation.violation_case)") >= 1_000_000, "the cases are loaded");
    return sizes;
  }

  private static String busiestCamera(Connection db) throws SQLException {
    return first(
        db,
        "SELECT camera_code FROM violation.violation_case WHERE state = 'DETECTED'"
            + " GROUP BY camera_code ORDER BY count(*) DESC, camera_code LIMIT 1");
  }

  private static String mostFrequentPlate(Connection db) throws SQLException {
    return first(
        db,
        "SELECT plate_key FROM violation.violation_case WHERE plate_key IS NOT NULL"
            + " GROUP BY plate_key ORDER BY count(*) DESC, plate_key LIMIT 1");
  }

  private static String first(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      assertTrue(row.next(), sql);
      return row.getString(1);
    }
  }

  // --- (a) The review queue ---

  /**
   * Times {@code POST cases/review-queue/next} alone; after each call, untimed, the reviewer
   * confirms the case as detected (his blind review), which sends it on: the next call gets another
   * case.
   */
  private static Figures queue(HttpClient http, UserToken user, String what) throws Exception {
    Set<String> taken = new HashSet<>();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      String token = user.current();
      long start = System.nanoTime();
      HttpResponse<String> answer = send(http, "POST", "cases/review-queue/next", token, "");
      double elapsed = (System.nanoTime() - start) / 1e6;
      assertEquals(200, answer.statusCode(), "a case for the reviewer: " + answer.body());
      JsonObject view = Json.createReader(new StringReader(answer.body())).readObject();
      String number = view.getString("caseNumber");
      assertTrue(taken.add(number), "each call takes another case: " + number);
      assertEquals("IN_REVIEW", view.getString("state"), number);
      if (i >= WARM_UP) {
        millis.add(elapsed);
      }
      String review =
          "{\"verdict\":\"CONFIRM\",\"plate\":\"%s\",\"violationType\":\"%s\"}"
              .formatted(view.getString("detectedPlate"), view.getString("detectedType"));
      HttpResponse<String> reviewed =
          send(http, "POST", "cases/" + number + "/reviews", token, review);
      assertEquals(200, reviewed.statusCode(), number + ": " + reviewed.body());
    }
    return new Figures(what, millis);
  }

  private static void claimSelect(Connection db, String scope, String children, String reviewer)
      throws SQLException {
    try (PreparedStatement select = db.prepareStatement(CLAIM_SELECT)) {
      select.setString(1, scope);
      select.setString(2, children);
      select.setString(3, reviewer);
      select.setString(4, reviewer);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new AssertionError("no case waits for " + reviewer);
        }
      }
    }
  }

  // --- (b) The searches ---

  private static void search(HttpClient http, UserToken user, String path) throws Exception {
    HttpResponse<String> answer = send(http, "GET", path, user.current(), null);
    if (answer.statusCode() != 200 || !answer.body().contains("\"caseNumber\"")) {
      throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** One full check of a search's answer before it is timed. */
  private static void checkSearch(
      HttpClient http, UserToken user, String path, int atLeast, Map<String, String> everyRow)
      throws Exception {
    HttpResponse<String> answer = send(http, "GET", path, user.current(), null);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
    int rows = page.getJsonArray("rows").size();
    assertTrue(rows >= atLeast, path + ": " + rows + " rows");
    for (JsonObject row : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      everyRow.forEach((field, value) -> assertEquals(value, row.getString(field), row.toString()));
    }
  }

  /** JdbcCaseListing's two statements for a first page of 25, as the application user. */
  private static void listing(Connection db, String where, List<String> parameters)
      throws SQLException {
    int found = 0;
    try (PreparedStatement select = db.prepareStatement(rowsSql(where))) {
      int next = bind(select, parameters);
      select.setInt(next, 25);
      select.setLong(next + 1, 0);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          row.getString(1);
          found++;
        }
      }
    }
    try (PreparedStatement count = db.prepareStatement(countSql(where))) {
      bind(count, parameters);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        if (row.getLong(1) < found || found == 0) {
          throw new AssertionError("the bare SQL found " + found + " rows");
        }
      }
    }
  }

  private static int bind(PreparedStatement statement, List<String> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return parameters.size() + 1;
  }

  // --- (c) Opening cases from ingested events ---

  record Opening(
      int events,
      double loadSeconds,
      double allInCasesSeconds,
      long inCasesAtLoadEnd,
      long outboxAtLoadEnd,
      long casesOpened,
      long joinedExisting) {}

  private static Opening openCasesFromNewEvents(HttpClient http) throws Exception {
    EventIngestionBenchmark.cameraJurisdictions();
    Random random = new Random(20_261_122L);
    EventIngestionBenchmark.Tokens tokens = new EventIngestionBenchmark.Tokens();

    // Warm-up: the same path, not counted; then everything in cases before the timed load.
    String warmUpRun = EventIngestionBenchmark.nonce();
    long warmUpFrom = maxEventId();
    List<EventIngestionBenchmark.Event> warmUp =
        violations(warmUpRun, OPENING_WARM_UP_BATCHES * BATCH, random);
    List<EventIngestionBenchmark.Sent> warmUpSent =
        EventIngestionBenchmark.post(
            http,
            tokens,
            EventIngestionBenchmark.bodies(warmUp),
            plan(OPENING_WARM_UP_BATCHES),
            System.nanoTime());
    assertEquals(warmUp.size(), accepted(warmUpSent));
    awaitInCases(warmUpFrom, warmUpRun, warmUp.size(), System.nanoTime(), Duration.ofMinutes(3));

    String run = EventIngestionBenchmark.nonce();
    List<EventIngestionBenchmark.Event> events = violations(run, OPENING_BATCHES * BATCH, random);
    List<byte[]> bodies = EventIngestionBenchmark.bodies(events);
    long from = maxEventId();
    long start = System.nanoTime();
    List<EventIngestionBenchmark.Sent> sent =
        EventIngestionBenchmark.post(http, tokens, bodies, plan(OPENING_BATCHES), start);
    double loadSeconds =
        sent.stream().mapToDouble(EventIngestionBenchmark.Sent::endSeconds).max().orElseThrow();
    long inCasesAtLoadEnd = inCases(from, run);
    long outboxAtLoadEnd = EventIngestionBenchmark.outboxRows();
    double allInCases = awaitInCases(from, run, events.size(), start, Duration.ofMinutes(10));

    assertEquals(events.size(), accepted(sent), "every event accepted once");
    try (Connection db = Database.asApplication();
        PreparedStatement check =
            db.prepareStatement(
                "SELECT count(*), count(DISTINCT ce.event_id),"
                    + " count(DISTINCT ce.case_id) FILTER (WHERE c.first_event_id <= ?),"
                    + " (SELECT count(*) FROM vms.event_outbox o WHERE o.event_id > ?)"
                    + " FROM violation.case_event ce JOIN vms.event e ON e.id = ce.event_id"
                    + " JOIN violation.violation_case c ON c.id = ce.case_id"
                    + " WHERE e.id > ? AND e.source_event_id LIKE ?")) {
      for (int i = 1; i <= 3; i++) {
        check.setLong(i, from);
      }
      check.setString(4, run + "-%");
      try (ResultSet row = check.executeQuery()) {
        row.next();
        assertEquals(events.size(), row.getLong(1), "every new event in a case");
        assertEquals(events.size(), row.getLong(2), "each in one case only");
        assertEquals(0, row.getLong(4), "nothing left in the outbox");
        return new Opening(
            events.size(),
            loadSeconds,
            allInCases,
            inCasesAtLoadEnd,
            outboxAtLoadEnd,
            countOpened(db, from, run),
            row.getLong(3));
      }
    }
  }

  /** The cases the run's events opened; their detection counts must match their events. */
  private static long countOpened(Connection db, long from, String run) throws SQLException {
    try (PreparedStatement count =
        db.prepareStatement(
            "WITH opened AS (SELECT c.id, c.detections FROM violation.violation_case c"
                + " JOIN vms.event e ON e.id = c.first_event_id"
                + " WHERE c.first_event_id > ? AND e.source_event_id LIKE ?)"
                + " SELECT count(*), coalesce(sum(detections), 0), (SELECT count(*)"
                + " FROM violation.case_event ce WHERE ce.case_id IN (SELECT id FROM opened))"
                + " FROM opened")) {
      count.setLong(1, from);
      count.setString(2, run + "-%");
      try (ResultSet row = count.executeQuery()) {
        row.next();
        assertEquals(row.getLong(3), row.getLong(2), "detections counted once each");
        return row.getLong(1);
      }
    }
  }

  private static List<Integer> plan(int batches) {
    List<Integer> plan = new ArrayList<>();
    for (int i = 0; i < batches; i++) {
      plan.add(i);
    }
    return plan;
  }

  private static int accepted(List<EventIngestionBenchmark.Sent> sent) {
    int accepted = 0;
    for (EventIngestionBenchmark.Sent each : sent) {
      assertEquals(0, each.counts().rejected(), "the generated events are all valid");
      accepted += each.counts().accepted();
    }
    return accepted;
  }

  private static long maxEventId() throws SQLException {
    try (Connection db = Database.asApplication()) {
      return Long.parseLong(first(db, "SELECT coalesce(max(id), 0)::text FROM vms.event"));
    }
  }

  /** How many of the run's events (ids above {@code from}) are in cases. */
  private static long inCases(long from, String run) throws SQLException {
    try (Connection db = Database.asApplication()) {
      return inCases(db, from, run);
    }
  }

  private static long inCases(Connection db, long from, String run) throws SQLException {
    try (PreparedStatement count =
        db.prepareStatement(
            "SELECT count(*) FROM violation.case_event ce JOIN vms.event e ON e.id = ce.event_id"
                + " WHERE ce.event_id > ? AND e.id > ? AND e.source_event_id LIKE ?")) {
      count.setLong(1, from);
      count.setLong(2, from);
      count.setString(3, run + "-%");
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * Polls every 200 ms (a cheap count of the links above {@code from}, confirmed by the exact one)
   * until all of the run's events are in cases; returns the seconds from {@code start}.
   */
  private static double awaitInCases(
      long from, String run, int expected, long start, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    try (Connection db = Database.asApplication();
        PreparedStatement linked =
            db.prepareStatement("SELECT count(*) FROM violation.case_event WHERE event_id > ?")) {
      linked.setLong(1, from);
      while (true) {
        long found;
        try (ResultSet row = linked.executeQuery()) {
          row.next();
          found = row.getLong(1);
        }
        long now = System.nanoTime();
        if (found >= expected && inCases(db, from, run) >= expected) {
          return (now - start) / 1e9;
        }
        assertTrue(now < deadline, found + " of " + expected + " events in cases after " + limit);
        Thread.sleep(200);
      }
    }
  }

  /**
   * Violation events only, over the four Quy Nhơn demo cameras in the last hour: one vehicle in
   * five is seen again 20 s later at the same camera (its detections join one case), plates of
   * 77/81, half printed with separators, two VMS image references each.
   */
  static List<EventIngestionBenchmark.Event> violations(String run, int n, Random random) {
    OffsetDateTime now =
        OffsetDateTime.now(EventIngestionBenchmark.VIETNAM).truncatedTo(ChronoUnit.MILLIS);
    String[] types = {"RED_LIGHT", "SPEEDING", "NO_HELMET", "WRONG_LANE", "WRONG_WAY"};
    List<EventIngestionBenchmark.Event> events = new ArrayList<>(n);
    while (events.size() < n) {
      String type = types[random.nextInt(types.length)];
      boolean motorbike = type.equals("NO_HELMET") || random.nextInt(100) < 60;
      String province = random.nextBoolean() ? "81" : "77";
      char series = "ABCDEFGHKLMNPSTUVXYZ".charAt(random.nextInt(20));
      String digits = String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
      String plate;
      String printed;
      if (motorbike) {
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
      String camera =
          EventIngestionBenchmark.CAMERAS.get(
              random.nextInt(EventIngestionBenchmark.CAMERAS.size()));
      OffsetDateTime first =
          now.minusSeconds(60 + random.nextInt(3_540))
              .minusNanos(random.nextInt(1_000) * 1_000_000L);
      int detections = random.nextInt(5) == 0 ? 2 : 1;
      for (int k = 0; k < detections && events.size() < n; k++) {
        String recording = Integer.toString(100_000 + random.nextInt(900_000));
        events.add(
            new EventIngestionBenchmark.Event(
                null,
                camera,
                first.plusSeconds(20L * k),
                type,
                printed,
                plate,
                BigDecimal.valueOf(700 + random.nextInt(300), 1),
                motorbike ? "MOTORCYCLE" : "CAR",
                speed,
                limit,
                Integer.toString(1 + random.nextInt(4)),
                "[{\"kind\":\"overview\",\"vms\":\"ZM-DEMO\",\"recordingId\":\""
                    + recording
                    + "\"},{\"kind\":\"plate\",\"vms\":\"ZM-DEMO\",\"recordingId\":\""
                    + recording
                    + "\",\"frame\":\""
                    + (1 + random.nextInt(60))
                    + "\"}]",
                "{\"direction\":\"N\",\"colour\":\"white\"}"));
      }
    }
    // As a source sends them: in the order they happened, numbered in that order.
    events.sort(Comparator.comparing(EventIngestionBenchmark.Event::occurredAt));
    List<EventIngestionBenchmark.Event> numbered = new ArrayList<>(n);
    for (int i = 0; i < events.size(); i++) {
      EventIngestionBenchmark.Event e = events.get(i);
      numbered.add(
          new EventIngestionBenchmark.Event(
              run + "-" + String.format(Locale.ROOT, "%06d", i),
              e.camera(),
              e.occurredAt(),
              e.type(),
              e.printedPlate(),
              e.plate(),
              e.confidence(),
              e.vehicleClass(),
              e.speed(),
              e.limit(),
              e.lane(),
              e.imagesJson(),
              e.attributesJson()));
    }
    return numbered;
  }

  // --- HTTP ---

  private static HttpResponse<String> send(
      HttpClient http, String method, String path, String token, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // --- Figures ---

  private static void write(
      String loading,
      Map<String, Long> sizes,
      String camera,
      String plate,
      List<Pair> pairs,
      Opening opening)
      throws IOException, SQLException {
    StringBuilder out = new StringBuilder();
    out.append("# Violation cases benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly, PostgreSQL, Keycloak and the client share them; ")
        .append(EventIngestionBenchmark.databaseSettings())
        .append("; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\nData (`db/bench/violation_cases_data.sql`): ")
        .append(loading)
        .append(". Rows when the measurements started:\n\n");
    BenchData.rowsTable(out, sizes);
    out.append("\n## First page of the review queue and of two searches\n\n")
        .append(RUNS)
        .append(" timed calls after ")
        .append(WARM_UP)
        .append(" warm-up calls each. Times are milliseconds measured at the client over")
        .append(" loopback (HTTP/1.1, a kept-alive connection), from sending the request to")
        .append(" having the whole answer: server time plus the local hop and the client's own")
        .append(
            " work on the shared cores; the server's own time is not taken. The SQL rows run the")
        .append(" same statements with the same parameters over JDBC as the application user, in")
        .append(" the same run, right after the API calls.\n\n")
        .append("| What | p50 | p95 | bare SQL p50 | bare SQL p95 | ratio p50 |")
        .append(" goal: p95 < ")
        .append((int) GOAL_P95_MILLIS)
        .append(" ms |\n|---|---:|---:|---:|---:|---:|---|\n");
    for (Pair pair : pairs) {
      Figures api = pair.api();
      Figures sql = pair.sql();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.2f | %.2f | %.1f× | %s |%n",
              api.what(),
              api.percentile(50),
              api.percentile(95),
              sql.percentile(50),
              sql.percentile(95),
              api.percentile(50) / sql.percentile(50),
              api.percentile(95) < GOAL_P95_MILLIS ? "reached" : "**not reached**"));
      out.append(String.format(Locale.ROOT, "| %s | | | | | | |%n", sql.what()));
    }
    out.append("\nThe queue: each timed call is `POST /api/v1/cases/review-queue/next` (claim the")
        .append(
            " oldest waiting case of the caller's area, start its review, audit the read, answer")
        .append(" the case with its events, reviews and timeline). After each call, untimed, the")
        .append(" reviewer posts his blind review (confirming the detected plate and type), so the")
        .append(" next call takes another case; every call is asserted to answer 200 with a case")
        .append(" not taken before. The bare SQL is the claim's `SELECT … ORDER BY occurred_at, id")
        .append(" LIMIT 1 FOR UPDATE SKIP LOCKED` (the first part of JdbcCaseReviews.CLAIM) in")
        .append(" autocommit, without the UPDATE that records the claim: it finds and locks the")
        .append(" same case each time, after the API calls, with their reviewed cases to skip.")
        .append(
            " The searches run as `supervisor` (scope: the whole province): `GET /api/v1/cases?")
        .append("state=DETECTED&camera=")
        .append(camera)
        .append("&size=25` (the camera with the most DETECTED cases) and `GET /api/v1/cases?plate=")
        .append(plate)
        .append("&purpose=benchmark&size=25` (the plate with the most cases); each answer is")
        .append(" audited. Their bare SQL is JdbcCaseListing's rows query and its count capped at")
        .append(" 10,001.\n\n");

    double perSecond = opening.events() / opening.allInCasesSeconds();
    out.append("## Opening cases from ingested events\n\n")
        .append("| What | Figure |\n|---|---:|\n");
    row(
        out,
        "New violation events through `POST /api/v1/events`",
        String.format(
            Locale.ROOT,
            "%,d in %d batches of %d, %d clients",
            opening.events(),
            OPENING_BATCHES,
            BATCH,
            EventIngestionBenchmark.CLIENTS));
    row(
        out,
        "Ingestion: load wall time (accepted events/s)",
        String.format(
            Locale.ROOT,
            "%.1f s (%,.0f/s)",
            opening.loadSeconds(),
            opening.events() / opening.loadSeconds()));
    row(
        out,
        "In cases when the load ended; outbox rows then",
        String.format(
            Locale.ROOT, "%,d; %,d", opening.inCasesAtLoadEnd(), opening.outboxAtLoadEnd()));
    row(
        out,
        "Load start → every event in a case",
        String.format(Locale.ROOT, "%.1f s", opening.allInCasesSeconds()));
    row(
        out,
        "**Events handed over into cases/s** (load start → all in cases)",
        String.format(Locale.ROOT, "**%,.0f**", perSecond));
    row(
        out,
        "Goal: keep up with the ingestion goal of "
            + String.format(Locale.ROOT, "%,d", GOAL_EVENTS_PER_SECOND)
            + " events/s",
        perSecond >= GOAL_EVENTS_PER_SECOND ? "reached" : "**not reached**");
    row(
        out,
        "Cases opened; existing cases joined",
        String.format(Locale.ROOT, "%,d; %,d", opening.casesOpened(), opening.joinedExisting()));
    out.append("\nMethod: ")
        .append(OPENING_WARM_UP_BATCHES)
        .append(" warm-up batches first (not counted), until all of them are in cases. Then the")
        .append(" load: violation events only (RED_LIGHT, SPEEDING, NO_HELMET, WRONG_LANE,")
        .append(" WRONG_WAY) over the four Quy Nhơn demo cameras within the last hour, one vehicle")
        .append(" in five seen twice 20 s apart (the two detections make one case), posted as in")
        .append(" the ingestion benchmark, on top of the 1,000,000 cases. The clock runs from the")
        .append(" first post until a poll (every 200 ms, at the client) finds every event in")
        .append(" `violation.case_event`; the handover runs once a second, so the figure may be up")
        .append(
            " to a second pessimistic. Asserted: every event accepted, each in exactly one case,")
        .append(" the outbox empty afterwards.\n");
    Path file = Path.of("target", "benchmarks", "violation-cases.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println(out);
  }

  private static void row(StringBuilder out, String what, String figure) {
    out.append("| ").append(what).append(" | ").append(figure).append(" |\n");
  }
}
