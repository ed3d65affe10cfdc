package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Data sharing's benchmark (run by {@code bin/tcc bench}, not by the tests): at scale 1, 100,000
 * business and household cameras under 20,000 agreements, 10,000 police cameras and 1,000,000
 * events from {@code db/bench/sharing_data.sql}, then, in one run:
 *
 * <ol>
 *   <li>the IOC feed: every hourly count from the first event on, through {@code GET
 *       /api/v1/ioc/event-counts} as the {@code tcc-ioc} client pulls it, beside the bare SQL that
 *       counts the same events (one GROUP BY), and the feed's own statements replayed over JDBC;
 *   <li>the access check as an officer asks it ({@code POST /api/v1/sharing/access-checks}) on
 *       random shared cameras, each beside the same call on a police camera (the same path, where
 *       the check is one indexed lookup of the camera and nothing is logged) and a bare indexed
 *       lookup of the camera's agreements over JDBC; alone, then while the event ingestion load
 *       runs beside it.
 * </ol>
 *
 * <p>System property {@value #SCALE_PROPERTY} scales the data (default {@value #DEFAULT_SCALE}).
 * Only correctness is asserted (every check answered and logged, police cameras untouched, the
 * feed's counts equal SQL counts, no uncovered camera and no field outside the profile in it),
 * never a time. Figures go to {@code target/benchmarks/sharing.md}.
 */
@ExtendWith(ArquillianExtension.class)
class SharingBenchmark {
  static final String SCALE_PROPERTY = "tcc.bench.sharing.scale";
  static final String DEFAULT_SCALE = "1";

  static final double GOAL_CHECK_RATIO = 2;
  static final double GOAL_CHECK_P95_MILLIS = 1;
  static final double GOAL_FEED_RATIO = 0.5;

  static final int WARM_UP_CHECKS = 500;
  static final int CHECKS = 2_000;

  /** The IOC's page size: the event counts' maximum. */
  static final int FEED_LIMIT = 10_000;

  /** The feed's page size before it allowed 10,000: the same pull again, to tell the two apart. */
  static final int SMALL_FEED_LIMIT = 1000;

  /** The ingestion load beside the checks: 100,000 new events in batches of 500. */
  static final int LOAD_BATCHES = 200;

  static final String IOC_CLIENT = "tcc-ioc";
  static final String IOC_SECRET = "ioc-dev-secret";
  static final Set<String> IOC_FIELDS = Set.of("camera", "commune", "eventType", "hour", "count");

  static final List<String> DATA_TYPES = List.of("LIVE_VIEW", "RECORDINGS", "EVENTS", "SNAPSHOTS");

  /** What the bare lookup reads: the camera's agreements with what the rules need of them. */
  static final String BARE_LOOKUP =
      "SELECT a.id, a.state, a.receiving_unit, a.data_types, a.purposes, a.start_time,"
          + " a.end_time, a.days_of_week, a.starts_on, a.ends_on FROM sharing.agreement_camera ac"
          + " JOIN sharing.agreement a ON a.id = ac.agreement_id WHERE ac.camera_code = ?";

  /** The feed's statement (JdbcHourlyEventCounts without plates), for the replay. */
  static final String TOUCHED =
      """
      WITH g AS (
        SELECT camera_code, event_type, date_trunc('hour', occurred_at) AS hour,
               (array_agg(jurisdiction_code ORDER BY id DESC))[1] AS commune,
               count(*) AS in_range
          FROM vms.event
         WHERE id > ? AND id <= ?%s
         GROUP BY 1, 2, 3
         ORDER BY 1, 2, 3
         LIMIT ?
      )
      SELECT g.camera_code, g.event_type, g.hour, g.commune,
             g.in_range + CASE WHEN ?::bigint > 0 THEN
               (SELECT count(*) FROM vms.event e
                 WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                   AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
                   AND e.id <= ?) ELSE 0 END AS events
        FROM g
       ORDER BY 1, 2, 3
      """;

  /** The statement before this benchmark: groups by DISTINCT, each count by a subquery. */
  static final String OLD_TOUCHED =
      """
      WITH g AS (
        SELECT DISTINCT camera_code, event_type, date_trunc('hour', occurred_at) AS hour
          FROM vms.event
         WHERE id > ? AND id <= ?%s
         ORDER BY 1, 2, 3
         LIMIT ?
      )
      SELECT g.camera_code, g.event_type, g.hour,
             (SELECT e.jurisdiction_code FROM vms.event e
               WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                 AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
               ORDER BY e.id DESC LIMIT 1) AS commune,
             (SELECT count(*) FROM vms.event e
               WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                 AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
                 AND e.id <= ?) AS events
        FROM g
       ORDER BY 1, 2, 3
      """;

  static final String AFTER_KEY =
      " AND (camera_code, event_type, date_trunc('hour', occurred_at)) > (?, ?, ?)";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  // --- Results ---

  /** Times of one kind of call, in milliseconds. */
  record Series(List<Double> millis) {
    double p(double percentile) {
      return EventIngestionBenchmark.percentile(millis, percentile);
    }

    double mean() {
      return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  /** One phase of checks: shared, police and bare lookups interleaved; the answers' reasons. */
  record Checks(
      Series shared,
      Series police,
      Series bare,
      Map<String, Integer> reasons,
      int allowed,
      double seconds) {}

  record Feed(
      int pages, long items, long groups, long events, double seconds, Map<String, Long> counts) {}

  record Replay(int pages, long rows, double seconds) {}

  record OldShape(List<Double> pageMillis) {}

  record Load(int events, double seconds) {
    double perSecond() {
      return events / seconds;
    }
  }

  @Test
  void measure_the_access_check_and_the_ioc_feed() throws Exception {
    double scale = Double.parseDouble(System.getProperty(SCALE_PROPERTY, DEFAULT_SCALE));
    String loading = generateData(scale);
    Map<String, Long> sizes = sizes();
    long shared = sizes.get("shared cameras (business, household)");
    long police = sizes.get("police cameras");
    long events = sizes.get("events (vms.event)");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    CaseBenchmark.UserToken officer = new CaseBenchmark.UserToken("officer");
    ClientToken ioc = new ClientToken();
    Random random = new Random(20_261_207L);

    // Warm-up, not counted: checks of every kind, a few feed pages.
    long logBefore = accessLogRows();
    Checks warmUp = checks(http, officer, random, shared, police, WARM_UP_CHECKS, () -> false);
    for (int i = 0; i < 3; i++) {
      feedPage(http, ioc, null, FEED_LIMIT);
    }

    // (b) The IOC feed over every event, isolated; then the bare SQL and the replay.
    Feed feed = drainFeed(http, ioc, FEED_LIMIT);
    assertFeedIsRight(feed);
    Feed smallPages = drainFeed(http, ioc, SMALL_FEED_LIMIT);
    assertFeedIsRight(smallPages);
    double bareSeconds = bareGroupBy(feed.groups());
    Replay replay = replayFeedStatements();
    OldShape old = oldShape();

    // (a) The check alone, then beside the ingestion load.
    Checks alone = checks(http, officer, random, shared, police, CHECKS, () -> false);
    EventIngestionBenchmark.cameraJurisdictions();
    EventIngestionBenchmark.Tokens tokens = new EventIngestionBenchmark.Tokens();
    List<byte[]> bodies =
        EventIngestionBenchmark.bodies(
            EventIngestionBenchmark.generate(
                EventIngestionBenchmark.nonce(),
                LOAD_BATCHES * EventIngestionBenchmark.BATCH,
                random));
    List<Integer> plan = new ArrayList<>();
    for (int i = 0; i < LOAD_BATCHES; i++) {
      plan.add(i);
    }
    HttpClient loadHttp =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    ExecutorService loader = Executors.newSingleThreadExecutor();
    Checks beside;
    Load load;
    try {
      long start = System.nanoTime();
      Future<List<EventIngestionBenchmark.Sent>> loading2 =
          loader.submit(() -> EventIngestionBenchmark.post(loadHttp, tokens, bodies, plan, start));
      beside = checks(http, officer, random, shared, police, Integer.MAX_VALUE, loading2::isDone);
      List<EventIngestionBenchmark.Sent> sent = loading2.get();
      int accepted = 0;
      for (EventIngestionBenchmark.Sent each : sent) {
        assertEquals(0, each.counts().rejected(), "the generated events are all valid");
        accepted += each.counts().accepted();
      }
      assertEquals(LOAD_BATCHES * EventIngestionBenchmark.BATCH, accepted, "every event accepted");
      load =
          new Load(
              accepted,
              sent.stream()
                  .mapToDouble(EventIngestionBenchmark.Sent::endSeconds)
                  .max()
                  .orElseThrow());
    } finally {
      loader.shutdownNow();
    }
    EventIngestionBenchmark.awaitEmptyOutbox(Duration.ofMinutes(5));
    int sharedChecks =
        warmUp.shared().millis().size()
            + alone.shared().millis().size()
            + beside.shared().millis().size();
    assertEquals(
        sharedChecks, accessLogRows() - logBefore, "every check on a shared camera is logged");

    write(
        new Results(
            scale,
            loading,
            sizes,
            events,
            feed,
            smallPages,
            bareSeconds,
            replay,
            old,
            alone,
            beside,
            load,
            EventIngestionBenchmark.databaseSettings()));
  }

  record Results(
      double scale,
      String loading,
      Map<String, Long> sizes,
      long events,
      Feed feed,
      Feed smallPages,
      double bareSeconds,
      Replay replay,
      OldShape old,
      Checks alone,
      Checks beside,
      Load load,
      String database) {}

  // --- Data ---

  private static String generateData(double scale) throws Exception {
    return BenchData.load(
        "sharing_data.sql",
        "tcc.bench_sharing_scale",
        scale,
        "vms.event, camera.camera, camera.owner, sharing.provider, sharing.agreement, sharing.agreement_camera, sharing.agreement_consumer, sharing.agreement_event, sharing.access_log");
  }

  private static Map<String, Long> sizes() throws SQLException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM camera.camera),"
                    + " (SELECT count(*) FROM camera.camera WHERE code LIKE 'BSH-%'),"
                    + " (SELECT count(*) FROM camera.camera WHERE code LIKE 'BSP-%'),"
                    + " (SELECT count(*) FROM sharing.provider),"
                    + " (SELECT count(*) FROM sharing.agreement),"
                    + " (SELECT count(*) FROM sharing.agreement WHERE state = 'ACTIVE'),"
                    + " (SELECT count(*) FROM sharing.agreement_camera),"
                    + " (SELECT count(*) FROM sharing.agreement_consumer),"
                    + " (SELECT count(*) FROM vms.event),"
                    + " (SELECT count(DISTINCT camera_code) FROM vms.event)")) {
      row.next();
      String[] names = {
        "cameras (camera.camera)",
        "shared cameras (business, household)",
        "police cameras",
        "providers",
        "agreements",
        "  ACTIVE (the rest SUSPENDED, EXPIRED, REVOKED)",
        "cameras named by agreements",
        "agreements naming the IOC",
        "events (vms.event)",
        "  cameras with events"
      };
      for (int i = 0; i < names.length; i++) {
        sizes.put(names[i], row.getLong(i + 1));
      }
    }
    assertTrue(sizes.get("shared cameras (business, household)") > 0, "the data is loaded");
    return sizes;
  }

  private static long accessLogRows() throws SQLException {
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM sharing.access_log")) {
      row.next();
      return row.getLong(1);
    }
  }

  // --- (a) The check ---

  interface Until {
    boolean done() throws Exception;
  }

  /**
   * Rounds of three timed calls: the check on a random shared camera, the check on a random police
   * camera, the bare lookup of a random shared camera's agreements; {@code rounds} of them or until
   * {@code until} says so.
   */
  private static Checks checks(
      HttpClient http,
      CaseBenchmark.UserToken officer,
      Random random,
      long shared,
      long police,
      int rounds,
      Until until)
      throws Exception {
    URI uri = URI.create(TccDeployment.baseUrl() + "/api/v1/sharing/access-checks");
    List<Double> sharedMillis = new ArrayList<>();
    List<Double> policeMillis = new ArrayList<>();
    List<Double> bareMillis = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    int allowed = 0;
    long start = System.nanoTime();
    try (Connection db = Database.asApplication();
        PreparedStatement lookup = db.prepareStatement(BARE_LOOKUP)) {
      for (int i = 0; i < rounds && !until.done(); i++) {
        String sharedCode =
            String.format(Locale.ROOT, "BSH-%06d", 1 + random.nextInt((int) shared));
        String policeCode =
            String.format(Locale.ROOT, "BSP-%06d", 1 + random.nextInt((int) police));
        byte[] sharedBody = checkBody(sharedCode, random);
        byte[] policeBody = checkBody(policeCode, random);
        String token = officer.current();

        long t0 = System.nanoTime();
        HttpResponse<String> answer = post(http, uri, token, sharedBody);
        long t1 = System.nanoTime();
        HttpResponse<String> policeAnswer = post(http, uri, token, policeBody);
        long t2 = System.nanoTime();
        String lookupCode =
            String.format(Locale.ROOT, "BSH-%06d", 1 + random.nextInt((int) shared));
        long t3 = System.nanoTime();
        lookup.setString(1, lookupCode);
        int agreements = 0;
        try (ResultSet rows = lookup.executeQuery()) {
          while (rows.next()) {
            for (int c = 1; c <= 10; c++) {
              rows.getObject(c);
            }
            agreements++;
          }
        }
        long t4 = System.nanoTime();
        assertEquals(1, agreements, "each shared camera is under one agreement");

        JsonObject json = json(answer, sharedCode);
        JsonObject policeJson = json(policeAnswer, policeCode);
        assertEquals("NOT_A_SHARED_CAMERA", policeJson.getString("reason"), policeAnswer.body());
        assertTrue(policeJson.getBoolean("allowed"));
        reasons.merge(json.getString("reason"), 1, Integer::sum);
        if (json.getBoolean("allowed")) {
          allowed++;
        }
        sharedMillis.add((t1 - t0) / 1e6);
        policeMillis.add((t2 - t1) / 1e6);
        bareMillis.add((t4 - t3) / 1e6);
      }
    }
    return new Checks(
        new Series(sharedMillis),
        new Series(policeMillis),
        new Series(bareMillis),
        reasons,
        allowed,
        (System.nanoTime() - start) / 1e9);
  }

  /** A look at footage of the last week, for one of the purposes the agreements name or not. */
  private static byte[] checkBody(String camera, Random random) {
    int roll = random.nextInt(10);
    String purpose =
        roll < 4
            ? "TRAFFIC_VIOLATION_HANDLING"
            : roll < 8 ? "SECURITY_AND_ORDER" : "SEARCH_AND_RESCUE";
    OffsetDateTime taken =
        OffsetDateTime.now(EventIngestionBenchmark.VIETNAM)
            .minusMinutes(1 + random.nextInt(7 * 24 * 60))
            .truncatedTo(ChronoUnit.SECONDS);
    return ("{\"cameraCode\":\""
            + camera
            + "\",\"dataType\":\""
            + DATA_TYPES.get(random.nextInt(DATA_TYPES.size()))
            + "\",\"purpose\":\""
            + purpose
            + "\",\"dataTime\":\""
            + taken
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> post(HttpClient http, URI uri, String token, byte[] body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> answer, String what) {
    assertEquals(200, answer.statusCode(), what + ": " + answer.body());
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  // --- (b) The feed ---

  /** The IOC's token, fetched again well before it runs out. */
  static final class ClientToken {
    private String token;
    private long fetchedAt;

    String current() {
      if (token == null
          || System.nanoTime() - fetchedAt > EventIngestionBenchmark.TOKEN_REFRESH.toNanos()) {
        token = Keycloak.clientToken(IOC_CLIENT, IOC_SECRET);
        fetchedAt = System.nanoTime();
      }
      return token;
    }
  }

  private static JsonObject feedPage(HttpClient http, ClientToken ioc, String since, int limit)
      throws IOException, InterruptedException {
    String url =
        TccDeployment.baseUrl()
            + "/api/v1/ioc/event-counts?limit="
            + limit
            + (since == null ? "" : "&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + ioc.current())
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json(answer, "event counts");
  }

  /**
   * Every hourly count from the first event on, page after page until the feed says there is no
   * more, as the IOC would pull it; the last count of each group kept.
   */
  private static Feed drainFeed(HttpClient http, ClientToken ioc, int limit) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    String since = null;
    int pages = 0;
    long items = 0;
    long start = System.nanoTime();
    boolean more;
    do {
      JsonObject page = feedPage(http, ioc, since, limit);
      for (JsonValue value : page.getJsonArray("items")) {
        JsonObject item = value.asJsonObject();
        assertEquals(IOC_FIELDS, item.keySet(), "only the profile's fields leave");
        counts.put(
            item.getString("camera")
                + "|"
                + item.getString("eventType")
                + "|"
                + item.getString("hour"),
            item.getJsonNumber("count").longValue());
        items++;
      }
      since = page.getString("next");
      more = page.getBoolean("more");
      pages++;
    } while (more);
    double seconds = (System.nanoTime() - start) / 1e9;
    long events;
    long groups;
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*), count(DISTINCT (camera_code, event_type,"
                    + " date_trunc('hour', occurred_at))) FROM vms.event")) {
      row.next();
      events = row.getLong(1);
      groups = row.getLong(2);
    }
    return new Feed(pages, items, groups, events, seconds, counts);
  }

  /**
   * Police cameras' counts equal SQL counts; a shared camera's counts are there only when an active
   * agreement that names the IOC and shares events covers it (k even, ACTIVE, not LIVE_VIEW only),
   * and then equal SQL counts too.
   */
  private static void assertFeedIsRight(Feed feed) throws SQLException {
    long policeFed = 0;
    long sharedFed = 0;
    for (Map.Entry<String, Long> entry : feed.counts().entrySet()) {
      String camera = entry.getKey().substring(0, entry.getKey().indexOf('|'));
      if (camera.startsWith("BSP-")) {
        policeFed += entry.getValue();
      } else if (camera.startsWith("BSH-")) {
        int k = (Integer.parseInt(camera.substring(4)) - 1) / 5 + 1;
        assertTrue(k % 2 == 0 && k % 10 < 7 && k % 5 != 0, "not shared with the IOC: " + camera);
        sharedFed += entry.getValue();
      }
    }
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FILTER (WHERE camera_code LIKE 'BSP-%'),"
                    + " count(*) FILTER (WHERE camera_code LIKE 'BSH-%' AND k % 2 = 0"
                    + " AND k % 10 < 7 AND k % 5 <> 0)"
                    + " FROM (SELECT camera_code, CASE WHEN camera_code LIKE 'BSH-%'"
                    + " THEN (substr(camera_code, 5)::int - 1) / 5 + 1 END AS k"
                    + " FROM vms.event) e")) {
      row.next();
      assertEquals(row.getLong(1), policeFed, "police cameras' counts equal the SQL count");
      assertEquals(row.getLong(2), sharedFed, "shared cameras' counts equal the SQL count");
      assertTrue(policeFed > 0 && sharedFed > 0, "both kinds in the feed");
    }
  }

  /** The bare SQL: the same counts (with the commune) in one statement, streamed over JDBC. */
  private static double bareGroupBy(long groups) throws SQLException {
    try (Connection db = Database.asApplication()) {
      db.setAutoCommit(false);
      long start = System.nanoTime();
      long rows = 0;
      try (Statement statement = db.createStatement()) {
        statement.setFetchSize(10_000);
        try (ResultSet result =
            statement.executeQuery(
                "SELECT camera_code, event_type, date_trunc('hour', occurred_at) AS hour,"
                    + " max(jurisdiction_code) AS commune, count(*) AS events FROM vms.event"
                    + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
          while (result.next()) {
            result.getString(1);
            result.getString(2);
            result.getTimestamp(3);
            result.getString(4);
            result.getLong(5);
            rows++;
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      db.commit();
      assertEquals(groups, rows, "one row per group");
      return seconds;
    }
  }

  /** The feed's own statements, page by page, over JDBC: the SQL's share of the feed. */
  private static Replay replayFeedStatements() throws SQLException {
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet max = statement.executeQuery("SELECT max(id) FROM vms.event")) {
      max.next();
      long top = max.getLong(1);
      // As the feed plans its statement (JdbcHourlyEventCounts): for its values every time; a
      // generic plan of the reused statement reads the whole range on every page.
      try (Statement setting = db.createStatement()) {
        setting.execute("SET plan_cache_mode = force_custom_plan");
      }
      int pages = 0;
      long rows = 0;
      long start = System.nanoTime();
      try (PreparedStatement firstPage = db.prepareStatement(TOUCHED.formatted(""));
          PreparedStatement nextPage = db.prepareStatement(TOUCHED.formatted(AFTER_KEY))) {
        String camera = null;
        String type = null;
        Timestamp hour = null;
        int got;
        do {
          PreparedStatement page = camera == null ? firstPage : nextPage;
          int p = 1;
          page.setLong(p++, 0);
          page.setLong(p++, top);
          if (camera != null) {
            page.setString(p++, camera);
            page.setString(p++, type);
            page.setTimestamp(p++, hour);
          }
          page.setInt(p++, FEED_LIMIT);
          page.setLong(p++, 0);
          page.setLong(p, 0);
          got = 0;
          try (ResultSet result = page.executeQuery()) {
            while (result.next()) {
              camera = result.getString(1);
              type = result.getString(2);
              hour = result.getTimestamp(3);
              result.getString(4);
              result.getLong(5);
              got++;
            }
          }
          rows += got;
          pages++;
        } while (got == FEED_LIMIT);
      }
      return new Replay(pages, rows, (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * What a page cost with the statement before this benchmark (DISTINCT groups, two subqueries per
   * group): three consecutive pages of a first pull, over JDBC.
   */
  private static OldShape oldShape() throws SQLException {
    List<Double> millis = new ArrayList<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet max = statement.executeQuery("SELECT max(id) FROM vms.event")) {
      max.next();
      long top = max.getLong(1);
      String camera = null;
      String type = null;
      Timestamp hour = null;
      for (int i = 0; i < 3; i++) {
        try (PreparedStatement page =
            db.prepareStatement(OLD_TOUCHED.formatted(camera == null ? "" : AFTER_KEY))) {
          int p = 1;
          page.setLong(p++, 0);
          page.setLong(p++, top);
          if (camera != null) {
            page.setString(p++, camera);
            page.setString(p++, type);
            page.setTimestamp(p++, hour);
          }
          page.setInt(p++, FEED_LIMIT);
          page.setLong(p, top);
          long start = System.nanoTime();
          try (ResultSet result = page.executeQuery()) {
            while (result.next()) {
              camera = result.getString(1);
              type = result.getString(2);
              hour = result.getTimestamp(3);
            }
          }
          millis.add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    return new OldShape(millis);
  }

  // --- Figures ---

  private static String commit() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
      String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      Process status = new ProcessBuilder("git", "status", "--porcelain", "src", "db").start();
      boolean dirty = status.getInputStream().readAllBytes().length > 0;
      return head + (dirty ? " (with uncommitted changes)" : "");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void write(Results r) throws IOException {
    Feed feed = r.feed();
    double feedRate = r.events() / feed.seconds();
    double bareRate = r.events() / r.bareSeconds();
    double replayRate = r.events() / r.replay().seconds();
    double oldPage =
        r.old().pageMillis().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double oldPages = Math.ceil((double) feed.groups() / FEED_LIMIT);

    StringBuilder out = new StringBuilder();
    out.append("# Data sharing benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" at commit ")
        .append(commit())
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(
            " cores; WildFly (-Xmx1g as arquillian.xml starts it), PostgreSQL, Keycloak and the")
        .append(" client share them; ")
        .append(r.database())
        .append("; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\nScale ")
        .append(r.scale())
        .append(" (`-D")
        .append(SCALE_PROPERTY)
        .append("`; 1 is the issue's 100,000 cameras under 20,000 agreements and 1,000,000")
        .append(" events). Data (`db/bench/sharing_data.sql`): ")
        .append(r.loading())
        .append(". Rows when the measurements started:\n\n");
    BenchData.rowsTable(out, r.sizes());

    out.append("\n## The access check\n\n")
        .append("Milliseconds per call at the client over loopback (HTTP/1.1, kept alive).\n\n")
        .append("| What | Isolated or concurrent | calls | median | p95 | p99 | mean |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    checkRows(out, r.alone(), "isolated");
    checkRows(out, r.beside(), "beside the ingestion load");
    out.append(
        "\n| Ratio | Isolated or concurrent | median | p95 | Goal |\n|---|---|---:|---:|---|\n");
    ratioRows(out, r.alone(), "isolated");
    ratioRows(out, r.beside(), "beside the ingestion load");
    out.append(
        String.format(
            Locale.ROOT,
            "%nIngestion beside the checks: %,d events in %.1f s, %,.0f events/s (4 clients, batches"
                + " of 500). Answers to the checks on shared cameras, isolated: %s (%d allowed);"
                + " beside the load: %s (%d allowed).%n",
            r.load().events(),
            r.load().seconds(),
            r.load().perSecond(),
            r.alone().reasons(),
            r.alone().allowed(),
            r.beside().reasons(),
            r.beside().allowed()));

    out.append("\n## The IOC feed\n\n")
        .append("| What | Isolated or concurrent | Figure | Goal |\n|---|---|---:|---|\n");
    row(
        out,
        String.format(
            Locale.ROOT,
            "Feed: every hourly count from the first event on, `GET /api/v1/ioc/event-counts`"
                + " limit %d (%,d pages, %,d items for %,d groups)",
            FEED_LIMIT,
            feed.pages(),
            feed.items(),
            feed.groups()),
        "isolated",
        String.format(Locale.ROOT, "%.1f s, **%,.0f events/s**", feed.seconds(), feedRate),
        "");
    Feed small = r.smallPages();
    row(
        out,
        String.format(
            Locale.ROOT,
            "  the same pull with limit %d (%,d pages, %,d items)",
            SMALL_FEED_LIMIT,
            small.pages(),
            small.items()),
        "isolated",
        String.format(
            Locale.ROOT, "%.1f s, %,.0f events/s", small.seconds(), r.events() / small.seconds()),
        "");
    row(
        out,
        "Bare SQL: the same counts with the commune in one GROUP BY, streamed over JDBC",
        "isolated",
        String.format(Locale.ROOT, "%.1f s, **%,.0f events/s**", r.bareSeconds(), bareRate),
        "");
    row(
        out,
        "**Ratio feed / bare SQL**",
        "both isolated",
        String.format(Locale.ROOT, "**%.2f**", feedRate / bareRate),
        "≥ " + GOAL_FEED_RATIO + ": " + reached(feedRate / bareRate >= GOAL_FEED_RATIO));
    row(
        out,
        String.format(Locale.ROOT, "  ratio with limit %d / bare SQL", SMALL_FEED_LIMIT),
        "both isolated",
        String.format(Locale.ROOT, "%.2f", r.events() / small.seconds() / bareRate),
        "");
    row(
        out,
        String.format(
            Locale.ROOT,
            "The feed's own statements replayed over JDBC (%,d pages, %,d rows)",
            r.replay().pages(),
            r.replay().rows()),
        "isolated",
        String.format(Locale.ROOT, "%.1f s, %,.0f events/s", r.replay().seconds(), replayRate),
        "");
    row(
        out,
        "  ratio feed / its statements over JDBC (the application's own share)",
        "both isolated",
        String.format(Locale.ROOT, "%.2f", feedRate / replayRate),
        "");
    row(
        out,
        String.format(
            Locale.ROOT,
            "The statement before this benchmark (DISTINCT, two subqueries per group), 3 pages"
                + " over JDBC: %s ms; %,.0f pages needed",
            r.old().pageMillis().stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(),
            oldPages),
        "isolated",
        String.format(
            Locale.ROOT,
            "≈ %.0f s by estimate, ≈ %,.0f events/s",
            oldPage * oldPages / 1000,
            r.events() / (oldPage * oldPages / 1000)),
        "");
    Files.createDirectories(Path.of("target", "benchmarks"));
    Files.writeString(Path.of("target", "benchmarks", "sharing.md"), out.toString());
    System.out.println(out);
  }

  private static void checkRows(StringBuilder out, Checks c, String kind) {
    checkRow(
        out, "Check on a shared camera, `POST /api/v1/sharing/access-checks`", kind, c.shared());
    checkRow(
        out, "  the same call on a police camera (one indexed lookup, no log)", kind, c.police());
    checkRow(out, "  bare indexed lookup of a camera's agreements over JDBC", kind, c.bare());
    out.append(
        String.format(
            Locale.ROOT,
            "|   the check's own share: shared − police camera | %s | | %.2f | %.2f | | %.2f |%n",
            kind,
            c.shared().p(50) - c.police().p(50),
            c.shared().p(95) - c.police().p(95),
            c.shared().mean() - c.police().mean()));
  }

  private static void checkRow(StringBuilder out, String what, String kind, Series s) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %,d | %.2f | %.2f | %.2f | %.2f |%n",
            what,
            kind,
            s.millis().size(),
            s.p(50),
            s.p(95),
            s.p(99),
            s.mean()));
  }

  private static void ratioRows(StringBuilder out, Checks c, String kind) {
    double median = c.shared().p(50) / c.police().p(50);
    double p95 = c.shared().p(95) / c.police().p(95);
    out.append(
        String.format(
            Locale.ROOT,
            "| Check on a shared camera / on a police camera (same path) | %s | %.2f | %.2f | ≤ %.0f:"
                + " %s |%n",
            kind,
            median,
            p95,
            GOAL_CHECK_RATIO,
            reached(median <= GOAL_CHECK_RATIO)));
    out.append(
        String.format(
            Locale.ROOT,
            "| Check on a shared camera / bare JDBC lookup | %s | %.1f | %.1f | |%n",
            kind,
            c.shared().p(50) / c.bare().p(50),
            c.shared().p(95) / c.bare().p(95)));
    double own95 = c.shared().p(95) - c.police().p(95);
    out.append(
        String.format(
            Locale.ROOT,
            "| The check's own share at p95 (shared − police) | %s | | %.2f ms | ≤ %.0f ms p95: %s |%n",
            kind,
            own95,
            GOAL_CHECK_P95_MILLIS,
            reached(own95 <= GOAL_CHECK_P95_MILLIS)));
  }

  private static String reached(boolean reached) {
    return reached ? "reached" : "**not reached**";
  }

  private static void row(StringBuilder out, String what, String kind, String figure, String goal) {
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(kind)
        .append(" | ")
        .append(figure)
        .append(" | ")
        .append(goal)
        .append(" |\n");
  }
}
