package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The retention purge's benchmark (run by {@code bin/tcc bench}, not by the tests): events with
 * their evidence files and cases from {@code db/bench/retention_data.sql}, old enough that a
 * million plate reads are due (at scale 1), then, in one run:
 *
 * <ol>
 *   <li>the dry run over all of it, asked for through the API as a supervisor would;
 *   <li>the ingestion load alone (the event API as {@link EventIngestionBenchmark} drives it);
 *   <li>the bare SQL chunked DELETE of an equivalent set of plate reads (other rows of the same
 *       kind, not due), in chunks of the purge's size;
 *   <li>the purge: the run approved through the API by a second supervisor, then carried out by the
 *       worker; the same ingestion load again while it runs, after the first 30 % of the run, so
 *       the purge's rate is measured alone before the load and beside it during.
 * </ol>
 *
 * <p>System property {@value #SCALE_PROPERTY} scales the data (default {@value #DEFAULT_SCALE}: a
 * full-scale run was estimated at well over 15 minutes; {@code 1} loads the figures). Only
 * correctness is asserted (the plan lists the due reads, the run ends DONE with a record that
 * verifies, the due reads and the bare SQL's rows are gone, every ingested event accepted), never a
 * time. Figures go to {@code target/benchmarks/retention.md}.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionBenchmark {
  static final String SCALE_PROPERTY = "tcc.bench.retention.scale";
  static final String DEFAULT_SCALE = "0.25";

  static final double GOAL_DRY_RUN_SECONDS = 30;
  static final double GOAL_PURGE_RATIO = 0.5;
  static final double GOAL_INGESTION_RATIO = 0.8;

  /** The purge's chunk (PurgeRunner.CHUNK): the bare SQL deletes in chunks of the same size. */
  static final int CHUNK = 500;

  /** The ingestion load: 100,000 new events in batches of 500, no resends. */
  static final int LOAD_BATCHES = 200;

  /** The purge has done this share of its items, alone, before the concurrent load starts. */
  static final double ALONE_SHARE = 0.3;

  static final Duration PATIENCE = Duration.ofMinutes(90);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void measure_the_dry_run_the_purge_and_ingestion_beside_it() throws Exception {
    double scale = Double.parseDouble(System.getProperty(SCALE_PROPERTY, DEFAULT_SCALE));
    String loading = generateData(scale);
    Map<String, Long> sizes = sizes();
    long dueReads = sizes.get("  plate reads due (31–400 days old)");
    long bareReads = sizes.get("  plate reads for the bare SQL (1–25 days old)");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    CaseBenchmark.UserToken supervisor = new CaseBenchmark.UserToken("supervisor");
    CaseBenchmark.UserToken approver = new CaseBenchmark.UserToken("supervisor2");
    CaseBenchmark.UserToken auditor = new CaseBenchmark.UserToken("auditor");
    EventIngestionBenchmark.cameraJurisdictions();
    EventIngestionBenchmark.Tokens tokens = new EventIngestionBenchmark.Tokens();
    Random random = new Random(20_261_123L);
    int warmUpRounds = warmUp(http, tokens, random);

    // (a) The dry run over everything.
    DryRun dryRun = dryRun(supervisor);
    assertTrue(
        dryRun.itemsDue() >= dueReads,
        "the plan lists every due plate read: " + dryRun.itemsDue() + " of " + dueReads);
    assertEquals(dueReads, planned(dryRun.runId(), "BENCH-RET-READS"), "each due read once");
    assertEquals(0, planned(dryRun.runId(), "BENCH-RET-BARE"), "nothing recent");

    // (c, first half) Ingestion alone: nothing else runs but the handover, as in service.
    Load alone = ingest(http, tokens, random);

    // (b, first half) The bare SQL, alone, on the equivalent rows.
    double bareSeconds = bareDelete();
    assertEquals(0, countEvents("BENCH-RET-BARE"), "the bare SQL deleted its rows");

    // (b, c) The purge, approved by a second person; the same load once it is under way.
    Purge purge = purge(http, tokens, random, approver, dryRun);
    assertEquals(0, countEvents("BENCH-RET-READS"), "the purge deleted every due read");

    // The signed record of a run of this size, verified through the API.
    long verifyStart = System.nanoTime();
    Api.Answer verification =
        Api.post("retention/records/" + purge.recordId() + "/verification", auditor.current(), "");
    double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
    assertEquals(200, verification.status(), verification.body());
    assertTrue(verification.json().getBoolean("valid"), verification.body());

    write(
        new Results(
            scale,
            loading,
            sizes,
            warmUpRounds,
            dryRun,
            alone,
            bareReads,
            bareSeconds,
            purge,
            verifySeconds,
            EventIngestionBenchmark.databaseSettings()));
  }

  // --- Data ---

  /** Loads the data at {@code scale} and settles the tables; returns what the script said. */
  private static String generateData(double scale) throws Exception {
    return BenchData.load(
        "retention_data.sql",
        "tcc.bench_retention_scale",
        scale,
        "vms.event, vms.evidence, vms.event_evidence, violation.violation_case, violation.case_event, violation.case_transition");
  }

  private static Map<String, Long> sizes() throws SQLException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM vms.event),"
                    + " (SELECT count(*) FROM vms.event WHERE source_id = 'BENCH-RET-CASES'),"
                    + " (SELECT count(*) FROM vms.event WHERE source_id = 'BENCH-RET-READS'),"
                    + " (SELECT count(*) FROM vms.event WHERE source_id = 'BENCH-RET-BARE'),"
                    + " (SELECT count(*) FROM vms.evidence),"
                    + " (SELECT count(*) FROM vms.event_evidence),"
                    + " (SELECT count(*) FROM violation.violation_case),"
                    + " (SELECT count(*) FROM violation.violation_case WHERE state = 'CLOSED'),"
                    + " (SELECT count(*) FROM violation.violation_case WHERE state = 'REJECTED'),"
                    + " (SELECT count(*) FROM violation.case_transition)")) {
      row.next();
      String[] names = {
        "events (vms.event)",
        "  violation events of the cases (31–360 days old)",
        "  plate reads due (31–400 days old)",
        "  plate reads for the bare SQL (1–25 days old)",
        "evidence files (vms.evidence)",
        "links of files to events (vms.event_evidence)",
        "cases (violation.violation_case)",
        "  CLOSED",
        "  REJECTED",
        "case transitions"
      };
      for (int i = 0; i < names.length; i++) {
        sizes.put(names[i], row.getLong(i + 1));
      }
    }
    assertTrue(sizes.get("  plate reads due (31–400 days old)") > 0, "the data is loaded");
    return sizes;
  }

  private static long countEvents(String source) throws SQLException {
    try (Connection db = Database.asApplication()) {
      return EventIngestionBenchmark.count(
          db, "SELECT count(*) FROM vms.event WHERE source_id LIKE ?", source);
    }
  }

  /** The plan lines of the run that are plate reads of {@code source}, each counted once. */
  private static long planned(long runId, String source) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*), count(DISTINCT i.item_id) FROM retention.purge_item i"
                    // Compared as text: the item ids of other classes are no numbers.
                    + " JOIN vms.event e ON e.id::text = i.item_id"
                    + " WHERE i.run_id = ? AND i.data_class = 'PLATE_READ' AND i.state = 'DUE'"
                    + " AND e.source_id = ?")) {
      query.setLong(1, runId);
      query.setString(2, source);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        assertEquals(row.getLong(1), row.getLong(2), "no item twice in the plan");
        return row.getLong(1);
      }
    }
  }

  // --- The run as stored ---

  record RunRow(
      String state,
      long itemsDue,
      long itemsReview,
      long itemsDone,
      long bytesDue,
      Instant requestedAt,
      Instant plannedAt,
      Instant startedAt,
      Instant finishedAt,
      Long recordId,
      String failure) {}

  /** The run's row, read directly: polling the API's run view would add its summary's GROUP BY. */
  private static RunRow run(Connection db, long id) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT state, items_due, items_review, items_done, bytes_due, requested_at,"
                + " planned_at, started_at, finished_at, record_id, failure"
                + " FROM retention.purge_run WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "run " + id);
        return new RunRow(
            row.getString("state"),
            row.getLong("items_due"),
            row.getLong("items_review"),
            row.getLong("items_done"),
            row.getLong("bytes_due"),
            instant(row, "requested_at"),
            instant(row, "planned_at"),
            instant(row, "started_at"),
            instant(row, "finished_at"),
            row.getObject("record_id") == null ? null : row.getLong("record_id"),
            row.getString("failure"));
      }
    }
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    java.sql.Timestamp at = row.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  interface Until {
    boolean reached(RunRow run);
  }

  /** Polls the run every 200 ms until {@code until}; fails at once if it FAILED. */
  private static RunRow await(Connection db, long id, Until until) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      RunRow run = run(db, id);
      assertNotEquals("FAILED", run.state(), "run " + id + " failed: " + run.failure());
      if (until.reached(run)) {
        return run;
      }
      assertTrue(
          System.nanoTime() < deadline, "run " + id + " still " + run + " after " + PATIENCE);
      Thread.sleep(200);
    }
  }

  // --- (a) The dry run ---

  record DryRun(
      long runId,
      double clientSeconds,
      double planningSeconds,
      long itemsDue,
      long itemsReview,
      long bytesDue) {}

  private static DryRun dryRun(CaseBenchmark.UserToken supervisor) throws Exception {
    long start = System.nanoTime();
    Api.Answer asked = Api.post("retention/runs", supervisor.current(), "");
    assertEquals(202, asked.status(), asked.body());
    long id = asked.json().getJsonNumber("id").longValue();
    try (Connection db = Database.asApplication()) {
      RunRow planned = await(db, id, run -> !run.state().equals("PLANNING"));
      double clientSeconds = (System.nanoTime() - start) / 1e9;
      assertEquals("PLANNED", planned.state(), "a person's dry run waits for approval");
      // The worker picks the run up at its next tick (every 10 s, at :00, :10, … of the minute):
      // the planning itself runs from that tick to planned_at.
      Instant tick = nextTick(planned.requestedAt());
      double planningSeconds = Duration.between(tick, planned.plannedAt()).toMillis() / 1e3;
      return new DryRun(
          id,
          clientSeconds,
          planningSeconds,
          planned.itemsDue(),
          planned.itemsReview(),
          planned.bytesDue());
    }
  }

  static Instant nextTick(Instant at) {
    long seconds = at.getEpochSecond();
    return Instant.ofEpochSecond((seconds / 10 + 1) * 10);
  }

  // --- (c) Ingestion ---

  record Load(int events, double seconds, double start, double end) {
    double perSecond() {
      return events / seconds;
    }
  }

  /** As EventIngestionBenchmark warms up: rounds of new events until the server worked 45 s. */
  private static int warmUp(HttpClient http, EventIngestionBenchmark.Tokens tokens, Random random)
      throws Exception {
    List<Integer> plan = plan(EventIngestionBenchmark.WARM_UP_BATCHES);
    long start = System.nanoTime();
    int rounds = 0;
    do {
      List<byte[]> round =
          EventIngestionBenchmark.bodies(
              EventIngestionBenchmark.generate(
                  EventIngestionBenchmark.nonce(),
                  EventIngestionBenchmark.WARM_UP_BATCHES * EventIngestionBenchmark.BATCH,
                  random));
      accepted(EventIngestionBenchmark.post(http, tokens, round, plan, System.nanoTime()));
      rounds++;
    } while (System.nanoTime() - start < EventIngestionBenchmark.WARM_UP.toNanos());
    EventIngestionBenchmark.awaitEmptyOutbox(Duration.ofMinutes(5));
    return rounds;
  }

  interface AtLoadEnd {
    void run() throws Exception;
  }

  /** One load of new events (bodies built before the clock starts); then an empty outbox. */
  private static Load ingest(HttpClient http, EventIngestionBenchmark.Tokens tokens, Random random)
      throws Exception {
    return ingest(http, tokens, random, () -> {});
  }

  /** The same; {@code atLoadEnd} runs as soon as the last answer came, before the outbox drains. */
  private static Load ingest(
      HttpClient http, EventIngestionBenchmark.Tokens tokens, Random random, AtLoadEnd atLoadEnd)
      throws Exception {
    String run = EventIngestionBenchmark.nonce();
    List<byte[]> bodies =
        EventIngestionBenchmark.bodies(
            EventIngestionBenchmark.generate(
                run, LOAD_BATCHES * EventIngestionBenchmark.BATCH, random));
    long start = System.nanoTime();
    List<EventIngestionBenchmark.Sent> sent =
        EventIngestionBenchmark.post(http, tokens, bodies, plan(LOAD_BATCHES), start);
    atLoadEnd.run();
    double seconds =
        sent.stream().mapToDouble(EventIngestionBenchmark.Sent::endSeconds).max().orElseThrow();
    int events = accepted(sent);
    assertEquals(LOAD_BATCHES * EventIngestionBenchmark.BATCH, events, "every event accepted");
    EventIngestionBenchmark.awaitEmptyOutbox(Duration.ofMinutes(5));
    return new Load(events, seconds, start / 1e9, start / 1e9 + seconds);
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

  // --- (b) The bare SQL ---

  /**
   * What the purge's plate-read deletion does to the database, as bare SQL, on the bare set: per
   * chunk of {@value #CHUNK} ids, one transaction that locks the events, unties and deletes them
   * with the rows referring to them, and removes the index rows of the files no event uses any
   * more. Returns the seconds taken.
   */
  private static double bareDelete() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id FROM vms.event WHERE source_id = 'BENCH-RET-BARE' ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    try (Connection db = Database.asApplication()) {
      db.setAutoCommit(false);
      long start = System.nanoTime();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        Long[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(Long[]::new);
        java.sql.Array idArray = db.createArrayOf("bigint", chunk);
        Set<String> untied = new HashSet<>();
        try (PreparedStatement lock =
            db.prepareStatement(
                "SELECT id FROM vms.event WHERE id = ANY(?) AND event_type = 'PLATE_READ'"
                    + " ORDER BY id FOR UPDATE")) {
          lock.setArray(1, idArray);
          lock.executeQuery().close();
        }
        try (PreparedStatement untie =
            db.prepareStatement(
                "DELETE FROM vms.event_evidence WHERE event_id = ANY(?) RETURNING sha256")) {
          untie.setArray(1, idArray);
          try (ResultSet rows = untie.executeQuery()) {
            while (rows.next()) {
              untied.add(rows.getString(1));
            }
          }
        }
        for (String sql :
            List.of(
                "DELETE FROM vms.event_outbox WHERE event_id = ANY(?)",
                "DELETE FROM vms.evidence_capture WHERE event_id = ANY(?)",
                "UPDATE vms.quarantine SET event_id = NULL WHERE event_id = ANY(?)",
                "DELETE FROM vms.event WHERE id = ANY(?)")) {
          try (PreparedStatement delete = db.prepareStatement(sql)) {
            delete.setArray(1, idArray);
            delete.executeUpdate();
          }
        }
        try (PreparedStatement files =
            db.prepareStatement(
                // As char(64)[], so the primary key finds the files (text[] would not use it).
                "DELETE FROM vms.evidence f WHERE f.sha256 = ANY(CAST(? AS char(64)[])) AND NOT EXISTS"
                    + " (SELECT 1 FROM vms.event_evidence l WHERE l.sha256 = f.sha256)")) {
          files.setArray(1, db.createArrayOf("text", untied.toArray()));
          files.executeUpdate();
        }
        db.commit();
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  // --- (b, c) The purge ---

  record Purge(
      long runId,
      long recordId,
      long items,
      double clientSeconds,
      double serverSeconds,
      double aloneItemsPerSecond,
      double besideLoadItemsPerSecond,
      Load load,
      boolean runningThroughoutLoad,
      Map<String, Long> outcomes) {}

  private static Purge purge(
      HttpClient http,
      EventIngestionBenchmark.Tokens tokens,
      Random random,
      CaseBenchmark.UserToken approver,
      DryRun dryRun)
      throws Exception {
    long id = dryRun.runId();
    try (Connection db = Database.asApplication()) {
      long start = System.nanoTime();
      Api.Answer approved = Api.post("retention/runs/" + id + "/approval", approver.current(), "");
      assertEquals(202, approved.status(), approved.body());

      // Alone: from the first chunk until ALONE_SHARE of the items are done.
      RunRow first = await(db, id, run -> run.itemsDone() > 0 || run.state().equals("DONE"));
      long aloneFrom = System.nanoTime();
      long threshold = (long) (dryRun.itemsDue() * ALONE_SHARE);
      RunRow share =
          await(db, id, run -> run.itemsDone() >= threshold || run.state().equals("DONE"));
      long aloneTo = System.nanoTime();
      double alone = (share.itemsDone() - first.itemsDone()) / ((aloneTo - aloneFrom) / 1e9);

      // Beside the load: the same ingestion load as alone, while the run deletes.
      RunRow before = run(db, id);
      long loadStart = System.nanoTime();
      RunRow[] after = new RunRow[1];
      long[] loadEnd = new long[1];
      Load load =
          ingest(
              http,
              tokens,
              random,
              () -> {
                loadEnd[0] = System.nanoTime();
                after[0] = run(db, id);
              });
      boolean throughout = after[0].state().equals("RUNNING");
      double beside =
          (after[0].itemsDone() - before.itemsDone()) / ((loadEnd[0] - loadStart) / 1e9);

      RunRow done = await(db, id, run -> run.state().equals("DONE"));
      double clientSeconds = (System.nanoTime() - start) / 1e9;
      assertEquals(done.itemsDue(), done.itemsDone(), "every item has its outcome");
      assertTrue(done.recordId() != null, "the run has its signed record");
      return new Purge(
          id,
          done.recordId(),
          done.itemsDone(),
          clientSeconds,
          Duration.between(done.startedAt(), done.finishedAt()).toMillis() / 1e3,
          alone,
          beside,
          load,
          throughout,
          outcomes(db, id));
    }
  }

  private static Map<String, Long> outcomes(Connection db, long id) throws SQLException {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT data_class || ' ' || state, count(*) FROM retention.purge_item"
                + " WHERE run_id = ? GROUP BY 1 ORDER BY 1")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          outcomes.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return outcomes;
  }

  // --- Figures ---

  record Results(
      double scale,
      String loading,
      Map<String, Long> sizes,
      int warmUpRounds,
      DryRun dryRun,
      Load alone,
      long bareItems,
      double bareSeconds,
      Purge purge,
      double verifySeconds,
      String database) {}

  private static void write(Results r) throws IOException {
    DryRun dry = r.dryRun();
    Purge purge = r.purge();
    double bareRate = r.bareItems() / r.bareSeconds();
    double purgeRate = purge.items() / purge.serverSeconds();
    double purgeRatio = purgeRate / bareRate;
    double aloneRatio = purge.aloneItemsPerSecond() / bareRate;
    double ingestionRatio = purge.load().perSecond() / r.alone().perSecond();

    StringBuilder out = new StringBuilder();
    out.append("# Retention purge benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
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
        .append("`; 1 is the issue's 3,000,000 events, 1,000,000 cases, 1,000,000 items due).")
        .append(" Data (`db/bench/retention_data.sql`): ")
        .append(r.loading())
        .append(". Rows when the measurements started:\n\n");
    BenchData.rowsTable(out, r.sizes());

    out.append(
        "\n## Figures\n\n| What | Isolated or concurrent | Figure | Goal |\n|---|---|---:|---|\n");
    row(
        out,
        "(a) Dry run over all of it: planning, worker's tick → PLANNED",
        "isolated",
        String.format(Locale.ROOT, "%.1f s", dry.planningSeconds()),
        "< "
            + (int) GOAL_DRY_RUN_SECONDS
            + " s: "
            + (dry.planningSeconds() < GOAL_DRY_RUN_SECONDS ? "reached" : "**not reached**"));
    row(
        out,
        "  the same, client: POST /retention/runs → PLANNED (includes ≤ 10 s to the next tick)",
        "isolated",
        String.format(Locale.ROOT, "%.1f s", dry.clientSeconds()),
        "");
    row(
        out,
        "  plan: items due for deletion / due for review / bytes due",
        "",
        String.format(
            Locale.ROOT, "%,d / %,d / %,d", dry.itemsDue(), dry.itemsReview(), dry.bytesDue()),
        "");
    row(
        out,
        "(b) Bare SQL chunked DELETE of "
            + String.format(Locale.ROOT, "%,d", r.bareItems())
            + " plate reads (chunks of "
            + CHUNK
            + ")",
        "isolated",
        String.format(Locale.ROOT, "%.1f s, **%,.0f items/s**", r.bareSeconds(), bareRate),
        "");
    row(
        out,
        "(b) Purge of "
            + String.format(Locale.ROOT, "%,d", purge.items())
            + " items, started → finished (server)",
        "first " + (int) (ALONE_SHARE * 100) + " % isolated, then beside the ingestion load",
        String.format(Locale.ROOT, "%.1f s, **%,.0f items/s**", purge.serverSeconds(), purgeRate),
        "");
    row(
        out,
        "  the same, client: approval POST → DONE (includes ≤ 10 s to the next tick)",
        "",
        String.format(Locale.ROOT, "%.1f s", purge.clientSeconds()),
        "");
    row(
        out,
        "  purge rate while alone (first chunk → " + (int) (ALONE_SHARE * 100) + " % done)",
        "isolated",
        String.format(Locale.ROOT, "%,.0f items/s", purge.aloneItemsPerSecond()),
        "");
    row(
        out,
        "  purge rate during the ingestion load",
        "concurrent",
        String.format(Locale.ROOT, "%,.0f items/s", purge.besideLoadItemsPerSecond()),
        "");
    row(
        out,
        "**Ratio purge / bare SQL** (whole run)",
        "whole run vs isolated",
        String.format(Locale.ROOT, "**%.2f**", purgeRatio),
        "≥ "
            + GOAL_PURGE_RATIO
            + ": "
            + (purgeRatio >= GOAL_PURGE_RATIO ? "reached" : "**not reached**"));
    row(
        out,
        "  ratio purge alone / bare SQL",
        "both isolated",
        String.format(Locale.ROOT, "%.2f", aloneRatio),
        "≥ "
            + GOAL_PURGE_RATIO
            + ": "
            + (aloneRatio >= GOAL_PURGE_RATIO ? "reached" : "**not reached**"));
    row(
        out,
        "(c) Ingestion alone: "
            + String.format(Locale.ROOT, "%,d", r.alone().events())
            + " events through `POST /api/v1/events`",
        "isolated (handover running, as in service)",
        String.format(
            Locale.ROOT, "%.1f s, **%,.0f events/s**", r.alone().seconds(), r.alone().perSecond()),
        "");
    row(
        out,
        "(c) Ingestion while the purge runs: the same load",
        purge.runningThroughoutLoad()
            ? "concurrent (the run was RUNNING when the load ended)"
            : "**partly concurrent: the run ended during the load**",
        String.format(
            Locale.ROOT,
            "%.1f s, **%,.0f events/s**",
            purge.load().seconds(),
            purge.load().perSecond()),
        "");
    row(
        out,
        "**Ratio ingestion beside the purge / alone**",
        "concurrent vs isolated",
        String.format(Locale.ROOT, "**%.2f**", ingestionRatio),
        "≥ "
            + GOAL_INGESTION_RATIO
            + ": "
            + (ingestionRatio >= GOAL_INGESTION_RATIO ? "reached" : "**not reached**"));
    row(
        out,
        "Verify the run's signed record (`POST /retention/records/{id}/verification`)",
        "isolated",
        String.format(Locale.ROOT, "%.1f s (valid)", r.verifySeconds()),
        "");
    out.append("\nOutcomes of the run's plan lines:\n\n| Class and state | Lines |\n|---|---:|\n");
    purge
        .outcomes()
        .forEach(
            (what, lines) -> out.append(String.format(Locale.ROOT, "| %s | %,d |%n", what, lines)));

    out.append("\nMethod: the data is loaded by set-based SQL (generate_series) and settled with")
        .append(" VACUUM ANALYZE. Warm-up first (not counted): ")
        .append(r.warmUpRounds())
        .append(" rounds of ")
        .append(EventIngestionBenchmark.WARM_UP_BATCHES)
        .append(" batches of new events until the server worked ")
        .append(EventIngestionBenchmark.WARM_UP.toSeconds())
        .append(" s. (a) `supervisor` asks for a dry run through the API; the worker plans it at")
        .append(" its next tick (every 10 s) from every retention source; the planning time runs")
        .append(" from that tick to the run's `planned_at`. Asserted: every due plate read listed")
        .append(" once, none of the recent ones. (c, alone) ")
        .append(LOAD_BATCHES)
        .append(" batches of ")
        .append(EventIngestionBenchmark.BATCH)
        .append(" new events (EventIngestionBenchmark's mix, no resends) from ")
        .append(EventIngestionBenchmark.CLIENTS)
        .append(" client threads, bodies built before the clock starts; the rate is the events")
        .append(" divided by the time to the last answer. (b, bare) the equivalent rows — other")
        .append(" plate reads with their evidence files, not due — deleted by plain JDBC as the")
        .append(" application user, per chunk of ")
        .append(CHUNK)
        .append(" ids one transaction: lock the events, delete their file links, outbox, capture")
        .append(" rows, clear quarantine references, delete the events and the index rows of the")
        .append(" files no event uses any more: what the plate-read source does to the database,")
        .append(" without the purge's plan, holds check, outcomes, audit entries and the evidence")
        .append(" store's per-file removal. (b, purge) `supervisor2` approves the run through the")
        .append(" API (the requester may not); the worker carries it out in chunks of ")
        .append(CHUNK)
        .append("; the rate is the items divided by the run's `started_at` → `finished_at`, which")
        .append(" includes writing and signing the deletion record. Progress is read from")
        .append(" `retention.purge_run` every 200 ms, not through the API, whose run view adds a")
        .append(" summary over the plan. (c, beside) once ")
        .append((int) (ALONE_SHARE * 100))
        .append(" % of the items are done, the same ingestion load runs again; its rate divided by")
        .append(" the rate alone is the ratio. Asserted: the run DONE with every item's outcome, a")
        .append(" signed record that verifies, no due read and no bare row left, every event")
        .append(" accepted.\n");
    Path file = Path.of("target", "benchmarks", "retention.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println(out);
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
