package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The camera registry's benchmark (run by {@code bin/tcc bench}, not by the tests): 20,000 cameras
 * and 200,000 history rows from {@code db/bench/camera_registry_data.sql}, then the list page's
 * first page with a filter, the API list, the map data and the full Excel export, each beside the
 * bare SQL it runs, measured in the same run. Figures go to {@code target/benchmarks/}.
 */
@ExtendWith(ArquillianExtension.class)
class CameraRegistryBenchmark {
  private static final int WARM_UP = 5;
  private static final int RUNS = 100;
  private static final int EXPORT_RUNS = 5;
  private static final String FILTER_SQL_WHERE =
      " FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id WHERE (c.jurisdiction_code"
          + " = 'GL' OR c.jurisdiction_code LIKE 'GL.%') AND c.status = 'OPERATIONAL'";

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

  interface Call {
    void run() throws Exception;
  }

  static Figures measure(String what, int runs, Call call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Figures(what, millis);
  }

  @Test
  void measure_the_registry_at_province_scale() throws Exception {
    generateData();
    String token = Keycloak.userToken("supervisor");
    HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpClient browser = signedInSession("supervisor");
    String base = TccDeployment.baseUrl();

    List<Figures[]> pairs = new ArrayList<>();
    try (Connection db = Database.asApplication()) {
      pairs.add(
          new Figures[] {
            measure(
                "List page, first page, status=OPERATIONAL (HTML, server round trip)",
                RUNS,
                () ->
                    expect(
                        browser, base + "/camera/list.xhtml?status=OPERATIONAL", null, "BENCH-")),
            measure(
                "  SQL alone: count + first 25 rows",
                RUNS,
                () -> {
                  sql(db, "SELECT count(*)" + FILTER_SQL_WHERE);
                  sql(
                      db,
                      "SELECT c.code, c.name, o.name, c.status, c.health"
                          + FILTER_SQL_WHERE
                          + " ORDER BY c.code LIMIT 25");
                })
          });
      pairs.add(
          new Figures[] {
            measure(
                "API list, status=OPERATIONAL, limit 50",
                RUNS,
                () ->
                    expect(
                        api,
                        base + "/api/v1/cameras?status=OPERATIONAL&limit=50",
                        token,
                        "BENCH-")),
            measure(
                "  SQL alone: count + first 50 rows",
                RUNS,
                () -> {
                  sql(db, "SELECT count(*)" + FILTER_SQL_WHERE);
                  sql(
                      db,
                      "SELECT c.code, c.name, o.name, c.status, c.health"
                          + FILTER_SQL_WHERE
                          + " ORDER BY c.code LIMIT 50");
                })
          });
      pairs.add(
          new Figures[] {
            measure(
                "Map data, every camera (page's marker request)",
                RUNS,
                () -> expect(browser, base + "/camera/markers", null, "BENCH-020000")),
            measure(
                "  SQL alone: every camera's position and health",
                RUNS,
                () ->
                    sql(
                        db,
                        "SELECT c.code, c.name, c.latitude, c.longitude, c.health, c.status"
                            + FILTER_SQL_WHERE.replace(" AND c.status = 'OPERATIONAL'", "")))
          });
      pairs.add(
          new Figures[] {
            measure(
                "Excel export of every camera",
                EXPORT_RUNS,
                () -> expectBytes(api, base + "/api/v1/cameras/export", token)),
            measure(
                "  SQL alone: every camera, all columns",
                EXPORT_RUNS,
                () ->
                    sql(
                        db,
                        "SELECT c.*, o.owner_type, o.name"
                            + FILTER_SQL_WHERE.replace(" AND c.status = 'OPERATIONAL'", "")
                            + " ORDER BY c.jurisdiction_code, c.code"))
          });
      pairs.add(
          new Figures[] {
            measure(
                "Camera history (10 entries) through the API",
                RUNS,
                () -> expect(api, base + "/api/v1/cameras/BENCH-010000/history", token, "Bảo trì")),
            measure(
                "  SQL alone: the history rows",
                RUNS,
                () ->
                    sql(
                        db,
                        "SELECT * FROM camera.registry_history WHERE object_type = 'CAMERA' AND"
                            + " object_id = (SELECT id FROM camera.camera WHERE code = 'BENCH-010000')"
                            + " ORDER BY changed_at DESC LIMIT 50"))
          });
    }
    write(pairs);
  }

  private static void generateData() throws Exception {
    String script = Files.readString(Path.of("db/bench/camera_registry_data.sql"));
    try (Connection db = Database.asSuperuser("tcc");
        Statement statement = db.createStatement()) {
      statement.execute(script);
      ResultSet counts =
          statement.executeQuery(
              "SELECT (SELECT count(*) FROM camera.camera WHERE code LIKE 'BENCH-%'),"
                  + " (SELECT count(*) FROM camera.registry_history)");
      counts.next();
      assertEquals(20_000, counts.getLong(1));
      assertTrue(counts.getLong(2) >= 200_000);
    }
  }

  private static void sql(Connection db, String query) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }

  private static void expect(HttpClient client, String url, String token, String mustContain)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || !response.body().contains(mustContain)) {
      throw new AssertionError(url + " answered " + response.statusCode());
    }
  }

  private static void expectBytes(HttpClient client, String url, String token) throws Exception {
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200 || response.body().length < 1_000_000) {
      throw new AssertionError(
          url + " answered " + response.statusCode() + ", " + response.body().length + " bytes");
    }
  }

  /** Signs in through Keycloak's form like a browser, keeping the session cookie. */
  static HttpClient signedInSession(String username) throws Exception {
    // Keycloak marks its cookies Secure; browsers send them to http://localhost anyway, Java's
    // CookieManager does not, so ask it for the cookies as if the address were https.
    CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    java.net.CookieHandler localhostAsSecure =
        new java.net.CookieHandler() {
          @Override
          public java.util.Map<String, List<String>> get(
              URI uri, java.util.Map<String, List<String>> headers) throws IOException {
            try {
              return cookies.get(
                  new URI("https", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null),
                  headers);
            } catch (java.net.URISyntaxException e) {
              throw new IOException(e);
            }
          }

          @Override
          public void put(URI uri, java.util.Map<String, List<String>> headers) throws IOException {
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
            HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/")).build(),
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
    assertTrue(signedIn.body().contains("tcc-user-name"), "signed in to TCC");
    return client;
  }

  private static void write(List<Figures[]> pairs) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Camera registry benchmark\n\n")
        .append("Run ")
        .append(ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; ")
        .append("20,000 cameras, 200,000 history rows; ")
        .append(RUNS)
        .append(" timed calls after ")
        .append(WARM_UP)
        .append(" warm-up calls (export: ")
        .append(EXPORT_RUNS)
        .append(").\n")
        .append("Times are milliseconds measured at the client over loopback (server time plus a")
        .append(" negligible local hop); the SQL rows run the same statements over JDBC.\n\n")
        .append("| What | median | p95 | ratio to SQL (median) |\n|---|---:|---:|---:|\n");
    for (Figures[] pair : pairs) {
      Figures app = pair[0];
      Figures sql = pair[1];
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f× |%n",
              app.what(),
              app.percentile(50),
              app.percentile(95),
              app.percentile(50) / sql.percentile(50)));
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | |%n",
              sql.what(),
              sql.percentile(50),
              sql.percentile(95)));
    }
    out.append(
            "\nGoals (issue 3): list first page p95 < 150 ms; map data for 20,000 cameras < 1 s;")
        .append(" export of 20,000 < 10 s with bounded memory (cursor + streaming workbook).\n");
    Path file = Path.of("target", "benchmarks", "camera-registry.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println(out);
  }
}
