package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.TccDeployment;

/**
 * The reports to the PPC's benchmark (run by {@code bin/tcc bench}, not by the tests): events,
 * cases with their moves, notices and payments, and 30 units' accepted monthly reports from {@code
 * db/bench/reporting_data.sql}, then, in one run:
 *
 * <ol>
 *   <li>the monthly provincial synthesis of each of the twelve months before the current one, built
 *       through the API as a supervisor does, twice, each right after the bare aggregation SQL it
 *       runs (the same statements over plain JDBC);
 *   <li>the twelve syntheses (30 units each) downloaded as Excel and Word, with WildFly's heap
 *       sampled meanwhile from the management interface's metrics and from the JVM's GC counters;
 *   <li>the reads of the dashboard ({@link #dashboardReads}): the reporting dashboard as the
 *       province's supervisor and as a commune's coordinator, alone and (the supervisor's) with
 *       several viewers at once, the synthesis page's reads, beside the SQL the headline charts ran
 *       over the raw data before they read the closed months' stored figures.
 * </ol>
 *
 * <p>System property {@value #SCALE_PROPERTY} scales the data (default {@value #DEFAULT_SCALE}: a
 * run held the stack about 6 minutes on the 2-core machine, so about 0.6 fits in 12; {@code 1}
 * loads the issue's 10,000,000 events and 3,000,000 cases). Only correctness is asserted (30 units
 * in every synthesis, its total equal to the accepted reports' sum by SQL, TCC's figure equal to
 * the bare count, every file a zip), never a time. Figures go to {@code
 * target/benchmarks/reporting.md}.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingBenchmark {
  static final String SCALE_PROPERTY = "tcc.bench.reporting.scale";
  static final String DEFAULT_SCALE = "0.3";

  static final String FORM = "VIOLATION_HANDLING";
  static final int MONTHS = 12;
  static final int UNITS = 30;
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static final double GOAL_SYNTHESIS_RATIO = 2;
  static final double GOAL_EXPORT_SECONDS = 30;
  static final double GOAL_CHART_P95_MILLIS = 300;

  static final int WARM_UP = 5;
  static final int RUNS = 50;

  /** The chart SQL over the raw cases takes seconds: fewer runs keep the run in its time. */
  static final int SQL_RUNS = 10;

  static final int SQL_WARM_UP = 2;

  /** What a read of the dashboard needs to know of the run. */
  record Context(long latestSynthesisId, List<Month> months) {}

  /** One timed read of the dashboard: a GET of the API as {@code user} (default: supervisor). */
  record Read(String what, String path, String user) {
    Read(String what, String path) {
      this(what, path, "supervisor");
    }
  }

  /** Viewers loading the dashboard at the same time, each {@link #CONCURRENT_RUNS} times. */
  static final int CONCURRENT_VIEWERS = 4;

  static final int CONCURRENT_RUNS = 25;

  /**
   * The dashboard's reads, timed at the client: the reporting dashboard itself (filings and its
   * three headline charts), then what the synthesis page reads (who has filed, who is late, the
   * rates; a month's synthesis with its figures) and the list.
   */
  static List<Read> dashboardReads(Context c) {
    return List.of(
        new Read(
            "**Dashboard: filings and headline charts** (`GET /reports/dashboard`), the province's"
                + " supervisor, alone",
            "reports/dashboard?form=" + FORM),
        new Read(
            "**Dashboard as a commune's coordinator** (his unit's commune: no synthesis, closed"
                + " months computed once and kept), alone",
            "reports/dashboard?form=" + FORM,
            "coordinator"),
        new Read(
            "Synthesis page: who has filed, late units, rates over 6 months (`GET"
                + " /reports/syntheses/timeliness`)",
            "reports/syntheses/timeliness?form=" + FORM + "&count=6"),
        new Read(
            "Synthesis page: a month's synthesis, 30 units, with its figures (`GET"
                + " /reports/syntheses/{id}`)",
            "reports/syntheses/" + c.latestSynthesisId()),
        new Read(
            "Syntheses of the form (`GET /reports/syntheses?form=`)",
            "reports/syntheses?form=" + FORM));
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void measure_the_synthesis_the_exports_and_the_dashboard_reads() throws Exception {
    double scale = Double.parseDouble(System.getProperty(SCALE_PROPERTY, DEFAULT_SCALE));
    String loading = generateData(scale);
    Map<String, Long> sizes = sizes();
    List<Month> months = months(LocalDate.now(VIETNAM));
    CaseBenchmark.UserToken supervisor = new CaseBenchmark.UserToken("supervisor");

    // (a) The syntheses, beside their bare SQL.
    Syntheses syntheses;
    Map<String, String> plans;
    try (Connection db = Database.asApplication()) {
      syntheses = synthesize(db, supervisor, months);
      check(db, supervisor, months, syntheses);
      plans = explain(db, months.get(months.size() - 1));
    }

    // (b) The exports with the heap watched.
    Exports exports = export(supervisor, syntheses.ids());

    // (c) The dashboard's reads and the charts' SQL.
    Context context = new Context(syntheses.ids().get(syntheses.ids().size() - 1), months);
    List<CaseBenchmark.Figures> reads = new ArrayList<>();
    Map<String, CaseBenchmark.UserToken> tokens = new HashMap<>();
    tokens.put("supervisor", supervisor);
    for (Read read : dashboardReads(context)) {
      reads.add(timeRead(tokens.computeIfAbsent(read.user(), CaseBenchmark.UserToken::new), read));
    }
    reads.add(concurrently(supervisor, dashboardReads(context).get(0)));
    List<CaseBenchmark.Figures> charts;
    try (Connection db = Database.asApplication()) {
      charts = chartSql(db, months);
    }

    write(
        new Results(
            scale,
            loading,
            sizes,
            months,
            syntheses,
            exports,
            reads,
            charts,
            plans,
            EventIngestionBenchmark.databaseSettings()));
  }

  // --- Data ---

  private static String generateData(double scale) throws Exception {
    return BenchData.load(
        "reporting_data.sql",
        "tcc.bench_reporting_scale",
        scale,
        "vms.event, violation.violation_case, violation.case_transition, violation.notice, violation.payment, reporting.submission, reporting.submission_value, reporting.submission_move");
  }

  private static Map<String, Long> sizes() throws SQLException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (Connection db = Database.asApplication();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM vms.event),"
                    + " (SELECT count(*) FROM violation.violation_case),"
                    + " (SELECT count(*) FROM violation.case_transition),"
                    + " (SELECT count(*) FROM violation.notice),"
                    + " (SELECT count(*) FROM violation.payment),"
                    + " (SELECT count(*) FROM reporting.unit u JOIN reporting.form f"
                    + "   ON f.code = '"
                    + FORM
                    + "' AND u.kind = ANY (f.filed_by) AND u.active),"
                    + " (SELECT count(*) FROM reporting.submission WHERE state = 'ACCEPTED'),"
                    + " (SELECT count(*) FROM reporting.submission_value)")) {
      row.next();
      String[] names = {
        "events (vms.event)",
        "cases (violation.violation_case)",
        "case moves (violation.case_transition)",
        "notices (violation.notice)",
        "payments (violation.payment)",
        "units filing the violation report (reporting.unit)",
        "accepted reports (reporting.submission)",
        "reported figures (reporting.submission_value)"
      };
      for (int i = 0; i < names.length; i++) {
        sizes.put(names[i], row.getLong(i + 1));
      }
    }
    assertTrue(sizes.get("cases (violation.violation_case)") > 0, "the data is loaded");
    return sizes;
  }

  // --- The months (Decree 09/2019, cut-off on the 15th: TCC_REPORT_CUTOFF_DAY's default) ---

  /** A reporting month: its key (2026-M11), its data from the 15th before to the 14th. */
  record Month(String key, YearMonth month, Instant from, Instant to, LocalDate lastDay) {
    static Month of(YearMonth month) {
      LocalDate first = month.minusMonths(1).atDay(15);
      LocalDate last = month.atDay(14);
      return new Month(
          String.format(Locale.ROOT, "%d-M%02d", month.getYear(), month.getMonthValue()),
          month,
          first.atStartOfDay(VIETNAM).toInstant(),
          last.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
          last);
    }

    Month previous() {
      return of(month.minusMonths(1));
    }

    Month lastYear() {
      return of(month.minusYears(1));
    }
  }

  /** The twelve whole months before the current one, oldest first. */
  static List<Month> months(LocalDate today) {
    YearMonth current = YearMonth.from(today);
    if (today.getDayOfMonth() >= 15) {
      current = current.plusMonths(1);
    }
    List<Month> months = new ArrayList<>();
    for (int i = MONTHS; i >= 1; i--) {
      months.add(Month.of(current.minusMonths(i)));
    }
    return months;
  }

  // --- (a) The synthesis beside its bare SQL ---

  record Pass(List<Double> apiMillis, List<Double> sqlMillis) {
    double apiSeconds() {
      return apiMillis.stream().mapToDouble(Double::doubleValue).sum() / 1e3;
    }

    double sqlSeconds() {
      return sqlMillis.stream().mapToDouble(Double::doubleValue).sum() / 1e3;
    }

    double ratio() {
      return apiSeconds() / sqlSeconds();
    }
  }

  record Syntheses(List<Long> ids, Pass first, Pass again, Map<String, Long> detected) {}

  private static Syntheses synthesize(
      Connection db, CaseBenchmark.UserToken supervisor, List<Month> months) throws Exception {
    // Warm-up (not counted): the current month (part-filed), both ways, twice.
    Month current = Month.of(months.get(months.size() - 1).month().plusMonths(1));
    for (int i = 0; i < 2; i++) {
      bareAggregation(db, current);
      build(supervisor, current);
    }
    Map<String, Long> detected = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    Pass[] passes = new Pass[2];
    for (int pass = 0; pass < 2; pass++) {
      List<Double> api = new ArrayList<>();
      List<Double> sql = new ArrayList<>();
      for (Month month : months) {
        long start = System.nanoTime();
        detected.put(month.key(), bareAggregation(db, month));
        sql.add((System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        long id = build(supervisor, month);
        api.add((System.nanoTime() - start) / 1e6);
        if (pass == 1) {
          ids.add(id);
        }
      }
      passes[pass] = new Pass(api, sql);
    }
    return new Syntheses(ids, passes[0], passes[1], detected);
  }

  /** POST /reports/syntheses: a new version (201) or the draft built again (200). */
  private static long build(CaseBenchmark.UserToken supervisor, Month month) {
    Api.Answer built =
        Api.post(
            "reports/syntheses",
            supervisor.current(),
            "{\"formCode\":\"" + FORM + "\",\"period\":\"" + month.key() + "\"}");
    assertTrue(built.status() == 200 || built.status() == 201, built.status() + built.body());
    return built.json().getJsonNumber("id").longValue();
  }

  /** Cases of the province: the province's own code or one of its communes'. */
  static final String IN_AREA =
      "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";

  /**
   * What building a month's synthesis reads, as plain statements (JdbcSyntheses,
   * JdbcViolationFigures, JdbcCameraFigures): the month's accepted reports, TCC's own figures for
   * the province, and for the previous month and the same month last year the submitted synthesis's
   * totals or else their accepted reports. Every row read. Returns the cases detected in the month.
   */
  static long bareAggregation(Connection db, Month month) throws SQLException {
    accepted(db, month.key());
    for (Month other : List.of(month.previous(), month.lastYear())) {
      Long submitted =
          single(
              db,
              "SELECT id FROM reporting.synthesis WHERE form_code = ? AND period_key = ?"
                  + " AND state = 'SUBMITTED' ORDER BY version DESC LIMIT 1",
              FORM,
              other.key());
      if (submitted != null) {
        rows(
            db,
            "SELECT indicator_code, total FROM reporting.synthesis_line"
                + " WHERE synthesis_id = ? AND total IS NOT NULL",
            submitted);
      } else {
        accepted(db, other.key());
      }
    }
    Object[] area = {"GL", "GL.%", month.from(), month.to()};
    long detected = 0;
    for (Map.Entry<String, String> figure : FIGURE_SQL.entrySet()) {
      long sum = rows(db, figure.getValue(), area);
      if (figure.getKey().equals(DETECTED_BY_TYPE)) {
        detected = sum;
      }
    }
    rows(db, CAMERA_SQL, month.lastDay(), month.lastDay(), "GL", "GL.%", month.to());
    return detected;
  }

  static final String DETECTED_BY_TYPE = "cases detected by type";

  /**
   * TCC's violation figures for an area and period as JdbcViolationFigures asks them; each takes
   * the area (code, children pattern) and the period (from, to).
   */
  static final Map<String, String> FIGURE_SQL = new LinkedHashMap<>();

  static {
    FIGURE_SQL.put(
        DETECTED_BY_TYPE,
        "SELECT c.detected_type AS type, count(*) AS n FROM violation.violation_case c WHERE "
            + IN_AREA
            + " AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY c.detected_type");
    for (String state : List.of("VERIFIED", "REJECTED")) {
      FIGURE_SQL.put(
          "cases moved to " + state,
          "SELECT count(DISTINCT t.case_id) AS n FROM violation.case_transition t"
              + " JOIN violation.violation_case c ON c.id = t.case_id WHERE "
              + IN_AREA
              + " AND t.to_state = '"
              + state
              + "' AND t.at >= ? AND t.at < ?");
    }
    FIGURE_SQL.put(
        "notices issued",
        "SELECT count(*) AS n FROM violation.notice n"
            + " JOIN violation.violation_case c ON c.id = n.case_id WHERE "
            + IN_AREA
            + " AND n.issued_at >= ? AND n.issued_at < ?");
    FIGURE_SQL.put(
        "fines imposed by type",
        "SELECT coalesce(c.verified_type, c.detected_type) AS type,"
            + " coalesce(sum(c.fine_vnd), 0) AS vnd FROM violation.violation_case c WHERE "
            + IN_AREA
            + " AND c.fine_vnd IS NOT NULL"
            + " AND c.penalty_decided_at >= ? AND c.penalty_decided_at < ?"
            + " GROUP BY coalesce(c.verified_type, c.detected_type)");
    FIGURE_SQL.put(
        "fines collected",
        "SELECT coalesce(sum(p.amount_vnd), 0) AS n FROM violation.payment p"
            + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
            + IN_AREA
            + " AND p.paid_at >= ? AND p.paid_at < ?");
  }

  /** JdbcCameraFigures: last day twice, area code and pattern, the period's end. */
  static final String CAMERA_SQL =
      "SELECT count(*) AS registered,"
          + " count(*) FILTER (WHERE status IN ('INSTALLED', 'OPERATIONAL', 'MAINTENANCE')),"
          + " count(*) FILTER (WHERE status = 'OPERATIONAL'),"
          + " count(*) FILTER (WHERE certificate_expires_on >= ?"
          + "   AND (certificate_issued_on IS NULL OR certificate_issued_on <= ?))"
          + " FROM camera.camera WHERE (jurisdiction_code = ? OR jurisdiction_code LIKE ? ESCAPE '!')"
          + " AND status <> 'DECOMMISSIONED' AND created_at < ?";

  /**
   * EXPLAIN (ANALYZE, BUFFERS) of each of TCC's figures for a month: where the build's time goes.
   */
  static Map<String, String> explain(Connection db, Month month) throws SQLException {
    Map<String, String> plans = new LinkedHashMap<>();
    for (Map.Entry<String, String> figure : FIGURE_SQL.entrySet()) {
      plans.put(
          "Synthesis, " + figure.getKey(),
          plan(db, figure.getValue(), "GL", "GL.%", month.from(), month.to()));
    }
    YearMonth now = YearMonth.now(VIETNAM);
    Instant from = now.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(VIETNAM).toInstant();
    Instant to = now.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant();
    plans.put(
        "Dashboard chart, violations by type and month",
        plan(db, CHART_VIOLATIONS, "GL", "GL.%", from, to));
    plans.put(
        "Dashboard chart, fines collected by month", plan(db, CHART_FINES, "GL", "GL.%", from, to));
    return plans;
  }

  private static String plan(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      bind(query, parameters);
      StringBuilder plan = new StringBuilder();
      try (ResultSet lines = query.executeQuery()) {
        while (lines.next()) {
          plan.append(lines.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static void accepted(Connection db, String periodKey) throws SQLException {
    rows(
        db,
        "SELECT s.id, s.unit_code, u.name_vi, v.indicator_code, v.value_number"
            + " FROM reporting.submission s JOIN reporting.unit u ON u.code = s.unit_code"
            + " LEFT JOIN reporting.submission_value v"
            + "   ON v.submission_id = s.id AND v.value_number IS NOT NULL"
            + " WHERE s.form_code = ? AND s.period_key = ? AND s.state = 'ACCEPTED'"
            + " ORDER BY u.kind, s.unit_code",
        FORM,
        periodKey);
  }

  /** Runs a query, reads every row and column; returns the sum of the last column when numeric. */
  static long rows(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      long sum = 0;
      try (ResultSet rows = query.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            rows.getObject(i);
          }
          Object last = rows.getObject(columns);
          if (last instanceof Number n) {
            sum += n.longValue();
          }
        }
      }
      return sum;
    }
  }

  private static Long single(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }

  private static void bind(PreparedStatement query, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      // As the application binds an Instant (shared.persistence.Jdbc): a timestamptz.
      query.setObject(i + 1, p instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : p);
    }
  }

  /**
   * Every synthesis holds the 30 units; its VIO.DETECTED total is the accepted reports' sum by SQL,
   * and TCC's figure beside it the bare count of the month's cases.
   */
  private static void check(
      Connection db, CaseBenchmark.UserToken supervisor, List<Month> months, Syntheses syntheses)
      throws Exception {
    for (int i = 0; i < months.size(); i++) {
      Month month = months.get(i);
      Api.Answer got = Api.get("reports/syntheses/" + syntheses.ids().get(i), supervisor.current());
      assertEquals(200, got.status(), got.body());
      JsonObject synthesis = got.json();
      assertEquals(month.key(), synthesis.getString("periodKey"));
      assertEquals(UNITS, synthesis.getJsonArray("units").size(), month.key() + ": units");
      JsonObject detected = line(synthesis, "VIO.DETECTED");
      long reported =
          single(
              db,
              "SELECT coalesce(sum(v.value_number), 0)::bigint FROM reporting.submission s"
                  + " JOIN reporting.submission_value v ON v.submission_id = s.id"
                  + " WHERE s.form_code = ? AND s.period_key = ? AND s.state = 'ACCEPTED'"
                  + " AND v.indicator_code = 'VIO.DETECTED'",
              FORM,
              month.key());
      assertEquals(
          0,
          BigDecimal.valueOf(reported).compareTo(detected.getJsonNumber("total").bigDecimalValue()),
          month.key() + ": the total is the sum of the accepted reports");
      assertEquals(
          0,
          BigDecimal.valueOf(syntheses.detected().get(month.key()))
              .compareTo(detected.getJsonNumber("tccFigure").bigDecimalValue()),
          month.key() + ": TCC's figure is the bare count");
    }
  }

  private static JsonObject line(JsonObject synthesis, String code) {
    for (JsonObject section : synthesis.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      for (JsonObject line : section.getJsonArray("lines").getValuesAs(JsonObject.class)) {
        if (line.getString("code").equals(code)) {
          return line;
        }
      }
    }
    throw new AssertionError("no line " + code);
  }

  // --- (b) The exports, the heap watched ---

  record Heap(
      long maxBytes,
      long usedBeforeBytes,
      long peakUsedBytes,
      long peakOldBytes,
      long oldAfterBytes,
      long youngGcs,
      long fullGcs,
      double gcSeconds,
      int samples,
      long metricsPeakUsedBytes,
      int metricsSamples,
      String source) {}

  record Exports(
      int files,
      long bytes,
      double seconds,
      List<Double> xlsxMillis,
      List<Double> docxMillis,
      Heap heap) {}

  private static Exports export(CaseBenchmark.UserToken supervisor, List<Long> ids)
      throws Exception {
    // Warm-up (not counted): one of each, so the writers' classes are loaded.
    download(supervisor, ids.get(0), "xlsx");
    download(supervisor, ids.get(0), "docx");
    List<Double> xlsx = new ArrayList<>();
    List<Double> docx = new ArrayList<>();
    long bytes = 0;
    String token = supervisor.current();
    try (HeapWatch watch = HeapWatch.start()) {
      long start = System.nanoTime();
      for (long id : ids) {
        long t = System.nanoTime();
        bytes += download(token, id, "xlsx");
        xlsx.add((System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        bytes += download(token, id, "docx");
        docx.add((System.nanoTime() - t) / 1e6);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Exports(2 * ids.size(), bytes, seconds, xlsx, docx, watch.stop());
    }
  }

  private static long download(CaseBenchmark.UserToken supervisor, long id, String kind) {
    return download(supervisor.current(), id, kind);
  }

  private static long download(String token, long id, String kind) {
    HttpResponse<byte[]> file =
        Api.download("reports/syntheses/" + id + "/synthesis." + kind, token);
    assertEquals(200, file.statusCode(), kind + " of " + id);
    byte[] body = file.body();
    assertTrue(body.length > 1000 && body[0] == 'P' && body[1] == 'K', kind + " is a zip");
    return body.length;
  }

  /**
   * WildFly's heap while the exports run, from two sources: the JVM's GC counters ({@code jstat
   * -gc} every 100 ms: used heap, old generation, collections) and the management interface's
   * metrics ({@code :9990/metrics/base}, used heap, every 250 ms).
   */
  static final class HeapWatch implements AutoCloseable {
    private final Process jstat;
    private final Thread reader;
    private final Thread metrics;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Map<String, Double>> gcSamples = new ArrayList<>();
    private final List<Long> metricsUsed = new ArrayList<>();
    private final long usedBefore;
    private final long maxHeap;
    private final String source;

    private HeapWatch(Process jstat, long usedBefore, long maxHeap, String source) {
      this.jstat = jstat;
      this.usedBefore = usedBefore;
      this.maxHeap = maxHeap;
      this.source = source;
      this.reader = new Thread(this::readGc, "jstat-reader");
      this.metrics = new Thread(this::readMetrics, "metrics-reader");
      if (jstat != null) {
        reader.start();
      }
      metrics.start();
    }

    static HeapWatch start() throws Exception {
      Map<String, Double> before;
      try {
        before = metrics();
      } catch (Exception e) {
        // No metrics: the max heap then comes from the JVM's flags, the samples from jstat.
        before = Map.of();
      }
      long used = before.getOrDefault("used", -1.0).longValue();
      long max = before.getOrDefault("max", -1.0).longValue();
      Long pid = wildflyPid();
      if (max <= 0 && pid != null) {
        max = maxHeapFlag(pid);
      }
      Process jstat = null;
      String source;
      if (pid == null) {
        source = "WildFly's process not found: metrics only";
      } else {
        jstat =
            new ProcessBuilder("jstat", "-gc", Long.toString(pid), "100")
                .redirectErrorStream(true)
                .start();
        source = "jstat -gc " + pid + " every 100 ms and :9990/metrics/base every 250 ms";
      }
      return new HeapWatch(jstat, used, max, source);
    }

    /** MaxHeapSize of the JVM as {@code jcmd VM.flags} reports it; -1 when unknown. */
    static long maxHeapFlag(long pid) {
      try {
        Process jcmd =
            new ProcessBuilder("jcmd", Long.toString(pid), "VM.flags")
                .redirectErrorStream(true)
                .start();
        String flags = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
      } catch (IOException e) {
        return -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    /** WildFly's JVM: the one started from this build's server directory. */
    static Long wildflyPid() {
      String home = System.getProperty("jboss.home", "");
      return ProcessHandle.allProcesses()
          .filter(
              p -> {
                String line = p.info().commandLine().orElse("");
                return line.contains("jboss-modules.jar")
                    && (home.isEmpty() || line.contains(home));
              })
          .map(ProcessHandle::pid)
          .findFirst()
          .orElse(null);
    }

    private void readGc() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
        String[] header = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          String[] cells = line.trim().split("\\s+");
          if (cells.length > 0 && cells[0].equals("S0C")) {
            header = cells;
          } else if (header != null && cells.length == header.length) {
            Map<String, Double> sample = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
              try {
                sample.put(header[i], Double.parseDouble(cells[i]));
              } catch (NumberFormatException e) {
                // a "-" column (no such space in G1)
              }
            }
            synchronized (gcSamples) {
              gcSamples.add(sample);
            }
          }
        }
      } catch (IOException e) {
        // jstat ended
      }
    }

    private void readMetrics() {
      while (running.get()) {
        try {
          Double used = metrics().get("used");
          if (used != null) {
            synchronized (metricsUsed) {
              metricsUsed.add(used.longValue());
            }
          }
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // a missed sample
        }
      }
    }

    private static final HttpClient METRICS =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The heap from the management interface's base metrics: used and max, in bytes. */
    static Map<String, Double> metrics() throws Exception {
      HttpResponse<String> answer =
          METRICS.send(
              HttpRequest.newBuilder(URI.create("http://localhost:9990/metrics/base"))
                  .timeout(Duration.ofSeconds(5))
                  .header("Accept", "text/plain")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Map<String, Double> heap = new HashMap<>();
      for (String line : answer.body().split("\n")) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        if (parts.length < 2) {
          continue;
        }
        String name = parts[0].toLowerCase(Locale.ROOT);
        if (name.startsWith("base_memory_usedheap")) {
          heap.put("used", Double.parseDouble(parts[parts.length - 1]));
        } else if (name.startsWith("base_memory_maxheap")) {
          heap.put("max", Double.parseDouble(parts[parts.length - 1]));
        }
      }
      return heap;
    }

    Heap stop() throws InterruptedException {
      running.set(false);
      metrics.interrupt();
      metrics.join(5000);
      if (jstat != null) {
        // Let the last 100 ms sample come, then end jstat (the process this watch started).
        Thread.sleep(250);
        jstat.destroy();
        reader.join(5000);
      }
      List<Map<String, Double>> samples;
      synchronized (gcSamples) {
        samples = new ArrayList<>(gcSamples);
      }
      long peakUsed = 0;
      long peakOld = 0;
      for (Map<String, Double> s : samples) {
        double used =
            s.getOrDefault("S0U", 0.0)
                + s.getOrDefault("S1U", 0.0)
                + s.getOrDefault("EU", 0.0)
                + s.getOrDefault("OU", 0.0);
        peakUsed = Math.max(peakUsed, (long) (used * 1024));
        peakOld = Math.max(peakOld, (long) (s.getOrDefault("OU", 0.0) * 1024));
      }
      long youngGcs = 0;
      long fullGcs = 0;
      double gcSeconds = 0;
      long oldAfter = 0;
      if (samples.size() >= 2) {
        Map<String, Double> first = samples.get(0);
        Map<String, Double> last = samples.get(samples.size() - 1);
        youngGcs = (long) (last.getOrDefault("YGC", 0.0) - first.getOrDefault("YGC", 0.0));
        fullGcs = (long) (last.getOrDefault("FGC", 0.0) - first.getOrDefault("FGC", 0.0));
        gcSeconds = last.getOrDefault("GCT", 0.0) - first.getOrDefault("GCT", 0.0);
        oldAfter = (long) (last.getOrDefault("OU", 0.0) * 1024);
      }
      long metricsPeak;
      int metricsCount;
      synchronized (metricsUsed) {
        metricsPeak = metricsUsed.stream().mapToLong(Long::longValue).max().orElse(-1);
        metricsCount = metricsUsed.size();
      }
      return new Heap(
          maxHeap,
          usedBefore,
          peakUsed,
          peakOld,
          oldAfter,
          youngGcs,
          fullGcs,
          gcSeconds,
          samples.size(),
          metricsPeak,
          metricsCount,
          source);
    }

    @Override
    public void close() {
      running.set(false);
      metrics.interrupt();
      if (jstat != null && jstat.isAlive()) {
        jstat.destroy();
      }
    }
  }

  // --- (c) The dashboard's reads and the charts' SQL ---

  private static CaseBenchmark.Figures timeRead(CaseBenchmark.UserToken supervisor, Read read)
      throws Exception {
    Function<Api.Answer, Api.Answer> ok =
        answer -> {
          assertEquals(200, answer.status(), read.path() + ": " + answer.body());
          return answer;
        };
    return time(read.what(), RUNS, () -> ok.apply(Api.get(read.path(), supervisor.current())));
  }

  /**
   * {@link #CONCURRENT_VIEWERS} threads loading the same read at once, each {@link
   * #CONCURRENT_RUNS} times after one warm-up call; every call's time counts.
   */
  private static CaseBenchmark.Figures concurrently(CaseBenchmark.UserToken user, Read read)
      throws Exception {
    String token = user.current();
    List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT_VIEWERS);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> viewers = new ArrayList<>();
      for (int v = 0; v < CONCURRENT_VIEWERS; v++) {
        viewers.add(
            pool.submit(
                () -> {
                  go.await();
                  assertEquals(200, Api.get(read.path(), token).status());
                  for (int i = 0; i < CONCURRENT_RUNS; i++) {
                    long start = System.nanoTime();
                    Api.Answer answer = Api.get(read.path(), token);
                    millis.add((System.nanoTime() - start) / 1e6);
                    assertEquals(200, answer.status(), answer.body());
                  }
                  return null;
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<?> viewer : viewers) {
        viewer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new CaseBenchmark.Figures(
        "**Dashboard, the province's supervisor, "
            + CONCURRENT_VIEWERS
            + " viewers at once** ("
            + CONCURRENT_VIEWERS
            + " × "
            + CONCURRENT_RUNS
            + " calls, concurrent)",
        new ArrayList<>(millis));
  }

  /** The dashboard's chart SQL before issue 17's change (JdbcViolationDashboardFigures then). */
  static final String CHART_VIOLATIONS =
      "SELECT to_char(c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,"
          + " c.detected_type AS type, count(*) AS n FROM violation.violation_case c WHERE "
          + IN_AREA
          + " AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY 1, 2 ORDER BY 1, 2";

  static final String CHART_FINES =
      "SELECT to_char(p.paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,"
          + " coalesce(sum(p.amount_vnd), 0) AS vnd FROM violation.payment p"
          + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
          + IN_AREA
          + " AND p.paid_at >= ? AND p.paid_at < ? GROUP BY 1 ORDER BY 1";

  /** JdbcCameraDashboardFigures on wt-rdash. */
  static final String CHART_CAMERAS =
      "SELECT j.code, j.name_vi, j.name_en,"
          + " count(*) FILTER (WHERE c.status IN ('INSTALLED', 'OPERATIONAL', 'MAINTENANCE')),"
          + " count(*) FILTER (WHERE c.status = 'OPERATIONAL') FROM camera.camera c"
          + " JOIN shared.jurisdiction j ON j.code = c.jurisdiction_code WHERE "
          + IN_AREA
          + " AND c.status <> 'DECOMMISSIONED' GROUP BY j.code, j.name_vi, j.name_en"
          + " ORDER BY j.name_vi";

  /**
   * The SQL of the dashboard's headline charts as the dashboard being built (wt-rdash) runs it on
   * the province: the twelve calendar months up to this one, from the raw cases and payments; and,
   * for comparison, the same charts read from the figures the twelve syntheses stored. Timed by
   * plain JDBC because the dashboard has no endpoint on this branch yet.
   */
  private static List<CaseBenchmark.Figures> chartSql(Connection db, List<Month> months)
      throws Exception {
    YearMonth now = YearMonth.now(VIETNAM);
    Instant from = now.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(VIETNAM).toInstant();
    Instant to = now.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant();
    List<String> keys = months.stream().map(Month::key).toList();
    List<CaseBenchmark.Figures> charts = new ArrayList<>();
    charts.add(
        time(
            "Chart SQL: violations by type and month, 12 months, from the cases",
            SQL_RUNS,
            () -> rows(db, CHART_VIOLATIONS, "GL", "GL.%", from, to)));
    charts.add(
        time(
            "Chart SQL: fines collected by month, 12 months, from the payments",
            SQL_RUNS,
            () -> rows(db, CHART_FINES, "GL", "GL.%", from, to)));
    charts.add(
        time(
            "Chart SQL: cameras installed and operational by commune",
            RUNS,
            () -> rows(db, CHART_CAMERAS, "GL", "GL.%")));
    charts.add(
        time(
            "**The three charts' SQL together** (what one dashboard load adds to the page's reads)",
            SQL_RUNS,
            () -> {
              rows(db, CHART_VIOLATIONS, "GL", "GL.%", from, to);
              rows(db, CHART_FINES, "GL", "GL.%", from, to);
              rows(db, CHART_CAMERAS, "GL", "GL.%");
            }));
    charts.add(
        time(
            "Chart SQL: violations by type and fines by month, 12 months, from the syntheses'"
                + " stored figures",
            RUNS,
            () ->
                rows(
                    db,
                    "SELECT s.period_key, l.indicator_code, l.total FROM reporting.synthesis s"
                        + " JOIN reporting.synthesis_line l ON l.synthesis_id = s.id"
                        + " WHERE s.form_code = ? AND s.period_key = ANY (?)"
                        + " AND s.version = (SELECT max(v.version) FROM reporting.synthesis v"
                        + "   WHERE v.form_code = s.form_code AND v.period_key = s.period_key)"
                        + " AND (l.indicator_code LIKE 'VIO.DETECTED.%'"
                        + "   OR l.indicator_code = 'VIO.FINES_COLLECTED')",
                    FORM,
                    db.createArrayOf("varchar", keys.toArray()))));
    return charts;
  }

  interface Call {
    void run() throws Exception;
  }

  static CaseBenchmark.Figures time(String what, int runs, Call call) throws Exception {
    // The raw-data chart SQL takes seconds a call: fewer warm-up calls keep the run in its time.
    int warmUp = runs == SQL_RUNS ? SQL_WARM_UP : WARM_UP;
    for (int i = 0; i < warmUp; i++) {
      call.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new CaseBenchmark.Figures(what, millis);
  }

  // --- Figures ---

  record Results(
      double scale,
      String loading,
      Map<String, Long> sizes,
      List<Month> months,
      Syntheses syntheses,
      Exports exports,
      List<CaseBenchmark.Figures> reads,
      List<CaseBenchmark.Figures> charts,
      Map<String, String> plans,
      String database) {}

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
  }

  private static double median(List<Double> values) {
    return new CaseBenchmark.Figures("", values).percentile(50);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  private static void write(Results r) throws IOException {
    Syntheses s = r.syntheses();
    Exports e = r.exports();
    Heap h = e.heap();
    StringBuilder out = new StringBuilder();
    out.append("# Reporting benchmark (reports to the PPC)\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(VIETNAM))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly (")
        .append(mb(h.maxBytes()))
        .append(" max heap, -Xmx1g as arquillian.xml starts it), PostgreSQL, Keycloak and the")
        .append(" client share them; ")
        .append(r.database())
        .append("; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\nScale ")
        .append(r.scale())
        .append(" (`-D")
        .append(SCALE_PROPERTY)
        .append("`; 1 is the issue's 10,000,000 events and 3,000,000 cases). Data")
        .append(" (`db/bench/reporting_data.sql`): ")
        .append(r.loading())
        .append(". Months measured: ")
        .append(r.months().get(0).key())
        .append(" … ")
        .append(r.months().get(r.months().size() - 1).key())
        .append(" (Decree 09/2019: the 15th to the 14th). Rows when the measurements started:\n\n");
    BenchData.rowsTable(out, r.sizes());

    out.append("\n## (a) The monthly provincial synthesis beside its bare aggregation SQL\n\n")
        .append("| Pass | API: 12 builds | per month p50 / max | bare SQL: 12 months |")
        .append(" per month p50 / max | ratio API / SQL | goal ≤ ")
        .append((int) GOAL_SYNTHESIS_RATIO)
        .append("× |\n|---|---:|---:|---:|---:|---:|---|\n");
    passRow(out, "first build (version 1 of each month: inserted)", s.first());
    passRow(out, "built again (the draft's figures taken again)", s.again());
    out.append("\nPer month (second pass), ms:\n\n| Month | cases detected | API | bare SQL |")
        .append(" ratio |\n|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < r.months().size(); i++) {
      String key = r.months().get(i).key();
      double api = s.again().apiMillis().get(i);
      double sql = s.again().sqlMillis().get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.0f | %.0f | %.2f |%n",
              key,
              s.detected().get(key),
              api,
              sql,
              api / sql));
    }

    out.append("\n## (b) Export: 12 months × 30 units to Excel and Word\n\n")
        .append("| What | Figure | Goal |\n|---|---:|---|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| %d files (12 × .xlsx + 12 × .docx, %s), one after another | **%.1f s** | < %d s: %s |%n",
            e.files(),
            String.format(Locale.ROOT, "%,d bytes", e.bytes()),
            e.seconds(),
            (int) GOAL_EXPORT_SECONDS,
            e.seconds() < GOAL_EXPORT_SECONDS ? "reached" : "**not reached**"));
    out.append(
        String.format(
            Locale.ROOT,
            "| .xlsx per synthesis: p50 / max | %.0f / %.0f ms | |%n",
            median(e.xlsxMillis()),
            max(e.xlsxMillis())));
    out.append(
        String.format(
            Locale.ROOT,
            "| .docx per synthesis: p50 / max | %.0f / %.0f ms | |%n",
            median(e.docxMillis()),
            max(e.docxMillis())));
    out.append(
        String.format(
            Locale.ROOT,
            "| WildFly heap used before the exports (metrics) | %s | |%n",
            mb(h.usedBeforeBytes())));
    out.append(
        String.format(
            Locale.ROOT,
            "| **Peak heap used during the exports** (GC counters, %d samples) | **%s** of %s |"
                + " bounded: %s |%n",
            h.samples(),
            mb(h.peakUsedBytes()),
            mb(h.maxBytes()),
            h.peakUsedBytes() > 0 && h.peakUsedBytes() < h.maxBytes() * 0.75
                ? "reached (below 75 % of the max heap)"
                : "**not shown**"));
    out.append(
        String.format(
            Locale.ROOT,
            "|   peak heap used, management metrics (%d samples) | %s | |%n",
            h.metricsSamples(),
            mb(h.metricsPeakUsedBytes())));
    out.append(
        String.format(
            Locale.ROOT,
            "|   old generation: peak / at the end | %s / %s | |%n",
            mb(h.peakOldBytes()),
            mb(h.oldAfterBytes())));
    out.append(
        String.format(
            Locale.ROOT,
            "|   collections during the exports: young / full, GC time | %d / %d, %.2f s | |%n",
            h.youngGcs(),
            h.fullGcs(),
            h.gcSeconds()));

    out.append("\n## (c) The dashboard's reads\n\n")
        .append(RUNS)
        .append(" timed calls after ")
        .append(WARM_UP)
        .append(" warm-up calls each (the chart SQL over the raw data: ")
        .append(SQL_RUNS)
        .append(" after ")
        .append(SQL_WARM_UP)
        .append("), milliseconds at the client over loopback.\n\n")
        .append("| What | p50 | p95 | goal: p95 < ")
        .append((int) GOAL_CHART_P95_MILLIS)
        .append(" ms |\n|---|---:|---:|---|\n");
    for (CaseBenchmark.Figures f : r.reads()) {
      readRow(out, f);
    }
    for (CaseBenchmark.Figures f : r.charts()) {
      readRow(out, f);
    }

    out.append("\nMethod: the data is loaded by set-based SQL (generate_series) and settled with")
        .append(" VACUUM ANALYZE. (a) For each of the twelve months before the current one,")
        .append(
            " oldest first: the bare SQL, then `POST /api/v1/reports/syntheses` as `supervisor`")
        .append(
            " (the HTTP call timed at the client); twice over the twelve months after a warm-up")
        .append(
            " of two builds of the current (part-filed) month. The bare SQL is what the build reads, as plain JDBC")
        .append(" statements by the application user, every row read: the month's accepted reports")
        .append(" with their figures, the previous month's and the same month last year's (their")
        .append(
            " submitted synthesis's totals, else their accepted reports), and TCC's own figures")
        .append(
            " for the province (cases detected by type, moves to VERIFIED and REJECTED, notices,")
        .append(" fines decided by type, payments, cameras). The build adds the roll-up, the")
        .append(" comparisons, storing the synthesis's lines and figures, the audit entry and the")
        .append(" answer (the whole synthesis as JSON). Asserted: 30 units in each synthesis, its")
        .append(" VIO.DETECTED total equal to the accepted reports' sum by SQL and TCC's figure to")
        .append(
            " the bare count. (b) After one untimed download of each kind, the twelve syntheses")
        .append(" (drafts) downloaded one after another,")
        .append(" `GET …/synthesis.xlsx` then `…/synthesis.docx` each; every file checked to be a")
        .append(" zip. The heap is WildFly's own: ")
        .append(h.source())
        .append("; used = survivors + eden + old generation. (c) The dashboard's endpoint as the")
        .append(
            " province's `supervisor` (after the syntheses above: its eleven closed months read")
        .append(" from the figures the syntheses stored, the current month's rows computed once by")
        .append(" its first load and kept, the rows added since counted live) and as the")
        .append(" `coordinator` (his unit's")
        .append(" commune: every closed month computed once by the first load and kept), each")
        .append(" alone, one call after the other; then the supervisor's with ")
        .append(CONCURRENT_VIEWERS)
        .append(" viewers at once (")
        .append(CONCURRENT_VIEWERS)
        .append(" threads × ")
        .append(CONCURRENT_RUNS)
        .append(" calls after one warm-up call each; every call timed). Then the synthesis")
        .append(" page's reads. The chart SQL rows are, by plain JDBC, what the charts ran before")
        .append(" (the province, the twelve calendar months up to this one, from the raw cases and")
        .append(" payments on every load), alone and the three together; the last row reads the")
        .append(" same charts from the figures the twelve syntheses stored.\n");
    out.append("\n## Where the time goes: EXPLAIN (ANALYZE, BUFFERS)\n\nTCC's figures of the")
        .append(" synthesis for ")
        .append(r.months().get(r.months().size() - 1).key())
        .append(
            " (the province), then the dashboard's two charts over the cases (twelve months).\n");
    r.plans()
        .forEach(
            (what, plan) ->
                out.append("\n")
                    .append(what)
                    .append(":\n\n```text\n")
                    .append(plan)
                    .append("```\n"));
    Path file = Path.of("target", "benchmarks", "reporting.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println(out);
  }

  private static void passRow(StringBuilder out, String what, Pass p) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f s | %.0f / %.0f ms | %.2f s | %.0f / %.0f ms | **%.2f** | %s |%n",
            what,
            p.apiSeconds(),
            median(p.apiMillis()),
            max(p.apiMillis()),
            p.sqlSeconds(),
            median(p.sqlMillis()),
            max(p.sqlMillis()),
            p.ratio(),
            p.ratio() <= GOAL_SYNTHESIS_RATIO ? "reached" : "**not reached**"));
  }

  private static void readRow(StringBuilder out, CaseBenchmark.Figures f) {
    double p95 = f.percentile(95);
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %s |%n",
            f.what(),
            f.percentile(50),
            p95,
            p95 < GOAL_CHART_P95_MILLIS ? "reached" : "**not reached**"));
  }
}
