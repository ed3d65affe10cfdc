package vn.tcc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.TccDeployment;

/**
 * Load held (issue 21), run by {@code bin/tcc bench}, figures to {@code
 * target/benchmarks/session-load.md}: 200 signed-in browser sessions (each signed in through
 * Keycloak's real form, each with its own session cookie) open the landing page with its work
 * waiting, the camera list and the case search, each after a think time of 1–3 s, first on a quiet
 * server (the baseline) and then while 5,000 events/s are ingested beside them. Every answer must
 * be the page itself for a signed-in user; anything else is counted as an error.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLoadBenchmark {
  static final int SESSIONS = Integer.getInteger("tcc.bench.sessions", 200);
  static final Duration WINDOW = Duration.ofSeconds(60);
  static final double EVENTS_PER_SECOND = 5_000;
  static final List<String> USERS =
      List.of("officer", "officer2", "officer3", "supervisor", "supervisor2");
  static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("Landing page (work waiting)", "/index.xhtml");
    PAGES.put("Camera list", "/camera/list.xhtml");
    PAGES.put("Case search", "/violation/cases.xhtml?state=DETECTED");
  }

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /**
   * A browser's cookie jar for the loopback stack: Keycloak marks its sign-in cookies Secure, which
   * a browser honours on http://localhost (a secure context) but java.net.CookieManager does not
   * send over http. Every cookie set is sent back to both servers on localhost, as names do not
   * collide between TCC and Keycloak.
   */
  static final class LoopbackCookies extends CookieHandler {
    private final Map<String, String> jar = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      if (jar.isEmpty()) {
        return Map.of();
      }
      StringBuilder cookie = new StringBuilder();
      jar.forEach(
          (name, value) ->
              cookie
                  .append(cookie.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      return Map.of("Cookie", List.of(cookie.toString()));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
        if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
          continue;
        }
        for (String line : header.getValue()) {
          for (HttpCookie cookie : HttpCookie.parse(line)) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
              jar.remove(cookie.getName());
            } else {
              jar.put(cookie.getName(), cookie.getValue());
            }
          }
        }
      }
    }
  }

  /** One signed-in browser: its own cookies, so its own TCC session. */
  record Session(String user, HttpClient http) {}

  /** One page answer: which page, how long, whether it was the page. */
  record Hit(String page, double millis, boolean ok) {}

  record Window(String label, List<Hit> hits, double eventsPerSecond, List<String> errors) {}

  @Test
  void two_hundred_signed_in_sessions_beside_ingestion() throws Exception {
    long signInStarted = System.nanoTime();
    List<Session> sessions = signIn(SESSIONS);
    double signInSeconds = (System.nanoTime() - signInStarted) / 1e9;
    assertEquals(SESSIONS, sessions.size());
    browse(sessions, Duration.ofSeconds(15), false); // warm-up, not reported
    Window quiet = browse(sessions, WINDOW, false);
    Window loaded = browse(sessions, WINDOW, true);
    write(signInSeconds, quiet, loaded);
    assertTrue(quiet.hits().size() > SESSIONS, "every session opened pages");
  }

  // --- Sign-in through Keycloak's form, as a browser does ---

  /**
   * Signs the sessions in, one thread per demo user: a user's sign-ins one after the other, as one
   * person opening several browsers would. (With eight threads, where one user could sign in on two
   * at once, the dev Keycloak answered "invalid user name or password" to right passwords in every
   * run, and its brute-force protection then locked the users out for the next run: the lockouts
   * are cleared first.)
   */
  private static List<Session> signIn(int count) throws Exception {
    clearLockouts();
    ExecutorService pool = Executors.newFixedThreadPool(USERS.size());
    try {
      List<Future<List<Session>>> started = new ArrayList<>();
      for (int u = 0; u < USERS.size(); u++) {
        String user = USERS.get(u);
        int own = count / USERS.size() + (u < count % USERS.size() ? 1 : 0);
        started.add(
            pool.submit(
                () -> {
                  List<Session> mine = new ArrayList<>();
                  for (int i = 0; i < own; i++) {
                    mine.add(signIn(user));
                  }
                  return mine;
                }));
      }
      List<Session> sessions = new ArrayList<>();
      for (Future<List<Session>> session : started) {
        sessions.addAll(session.get());
      }
      return sessions;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Keycloak's brute-force lockouts of the realm's users, cleared by its admin API. */
  private static void clearLockouts() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String keycloak = vn.tcc.testing.Keycloak.baseUrl();
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, token.statusCode(), "the dev Keycloak's admin: " + token.body());
    String access;
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(token.body()))) {
      access = reader.readObject().getString("access_token");
    }
    HttpResponse<String> cleared =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/admin/realms/tcc/attack-detection/brute-force/users"))
                .header("Authorization", "Bearer " + access)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(204, cleared.statusCode(), "lockouts cleared: " + cleared.body());
  }

  static Session signIn(String user) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> loginPage = get(http, TccDeployment.baseUrl() + "/index.xhtml");
    Matcher form = LOGIN_FORM.matcher(loginPage.body());
    assertTrue(form.find(), "TCC sent the browser to Keycloak's sign-in form");
    String action = form.group(1).replace("&amp;", "&");
    String credentials =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpResponse<String> landing =
        http.send(
            HttpRequest.newBuilder(URI.create(action))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        isSignedInPage(landing),
        user
            + " signed in and saw TCC: "
            + landing.statusCode()
            + " "
            + landing.uri()
            + " "
            + EventIngestionBenchmark.abbreviated(pageText(landing.body())));
    return new Session(user, http);
  }

  /** What a person reads on a page: its body's text without the markup (Keycloak's message). */
  static String pageText(String html) {
    int body = html.indexOf("<body");
    return html.substring(Math.max(0, body))
        .replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("<[^>]+>", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", "vi")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The page itself, for a signed-in user: 200 and TCC's top bar with the user's name. */
  static boolean isSignedInPage(HttpResponse<String> answer) {
    return answer.statusCode() == 200
        && answer.uri().getPath().startsWith("/tcc/")
        && answer.body().contains("tcc-user-name");
  }

  // --- The sessions browsing, with or without the ingestion beside ---

  private static Window browse(List<Session> sessions, Duration length, boolean withIngestion)
      throws Exception {
    ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong accepted = new AtomicLong();
    ExecutorService browsers = Executors.newFixedThreadPool(sessions.size());
    ExecutorService ingestion = Executors.newCachedThreadPool();
    List<Future<?>> running = new ArrayList<>();
    long started = System.nanoTime();
    long ends = started + length.toNanos();
    if (withIngestion) {
      List<byte[]> bodies =
          EventIngestionBenchmark.bodies(
              EventIngestionBenchmark.generate(
                  "load-" + EventIngestionBenchmark.nonce(),
                  (int) (EVENTS_PER_SECOND * length.toSeconds()),
                  new Random(13)));
      started = System.nanoTime();
      ends = started + length.toNanos();
      running.addAll(
          EventIngestionBenchmark.pacedLoad(
              ingestion,
              new EventIngestionBenchmark.Tokens(),
              bodies,
              started,
              EVENTS_PER_SECOND,
              accepted,
              stop));
    }
    long deadline = ends;
    List<String> paths = new ArrayList<>(PAGES.values());
    List<String> names = new ArrayList<>(PAGES.keySet());
    for (Session session : sessions) {
      running.add(
          browsers.submit(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int page = random.nextInt(paths.size());
                // Start spread over the first think time, as people do not click together.
                Thread.sleep(random.nextLong(0, 3_000));
                while (System.nanoTime() < deadline && !stop.get()) {
                  long before = System.nanoTime();
                  HttpResponse<String> answer =
                      get(session.http(), TccDeployment.baseUrl() + paths.get(page));
                  double millis = (System.nanoTime() - before) / 1e6;
                  boolean ok = isSignedInPage(answer);
                  hits.add(new Hit(names.get(page), millis, ok));
                  if (!ok && errors.size() < 20) {
                    errors.add(
                        session.user()
                            + " "
                            + paths.get(page)
                            + " → "
                            + answer.statusCode()
                            + " "
                            + answer.uri());
                  }
                  page = (page + 1) % paths.size();
                  Thread.sleep(random.nextLong(1_000, 3_000));
                }
                return null;
              }));
    }
    try {
      for (Future<?> each : running) {
        each.get();
      }
    } finally {
      stop.set(true);
      browsers.shutdownNow();
      ingestion.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Window(
        withIngestion ? "5,000 events/s ingested beside" : "quiet server (baseline)",
        new ArrayList<>(hits),
        withIngestion ? accepted.get() / seconds : 0,
        new ArrayList<>(errors));
  }

  // --- Figures ---

  private static void write(double signInSeconds, Window quiet, Window loaded) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("# Signed-in sessions under load\n\nRun ")
        .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; WildFly (-Xmx1g as arquillian.xml starts it), PostgreSQL, Keycloak and")
        .append(" the client share them; Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n")
        .append(SESSIONS)
        .append(" sessions signed in through Keycloak's form in ")
        .append(String.format(Locale.ROOT, "%.1f s", signInSeconds))
        .append(" (one thread per user, a user never twice at once; users ")
        .append(String.join(", ", USERS))
        .append(").\n\n| Condition | Page | Pages opened | median | p95 | p99 | max |")
        .append(" Not the page (errors) |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Window window : List.of(quiet, loaded)) {
      Map<String, List<Hit>> byPage = new LinkedHashMap<>();
      PAGES.keySet().forEach(name -> byPage.put(name, new ArrayList<>()));
      window.hits().forEach(hit -> byPage.get(hit.page()).add(hit));
      for (Map.Entry<String, List<Hit>> page : byPage.entrySet()) {
        List<Double> millis = page.getValue().stream().map(Hit::millis).toList();
        long failed = page.getValue().stream().filter(hit -> !hit.ok()).count();
        out.append("| ")
            .append(window.label())
            .append(" | ")
            .append(page.getKey())
            .append(" | ")
            .append(millis.size())
            .append(" | ")
            .append(ms(millis, 50))
            .append(" | **")
            .append(ms(millis, 95))
            .append("** | ")
            .append(ms(millis, 99))
            .append(" | ")
            .append(ms(millis, 100))
            .append(" | ")
            .append(failed)
            .append(" |\n");
      }
    }
    out.append("\nIngestion accepted beside the sessions: ")
        .append(String.format(Locale.ROOT, "%,.0f events/s", loaded.eventsPerSecond()))
        .append(" (target 5,000).\n\nRatio of p95 under ingestion to the quiet p95, per page:");
    for (String page : PAGES.keySet()) {
      double quietP95 = percentileOf(quiet, page, 95);
      double loadedP95 = percentileOf(loaded, page, 95);
      out.append(" ")
          .append(page)
          .append(" **")
          .append(String.format(Locale.ROOT, "%.2f", loadedP95 / quietP95))
          .append("**;");
    }
    out.append("\n\n");
    for (Window window : List.of(quiet, loaded)) {
      if (!window.errors().isEmpty()) {
        out.append("First errors (").append(window.label()).append("):\n\n");
        window.errors().forEach(error -> out.append("- ").append(error).append('\n'));
        out.append('\n');
      }
    }
    out.append(
        "Method. Each session is its own HTTP client with its own cookies; it signs in as a"
            + " browser does (TCC sends it to Keycloak's form, the form is posted, Keycloak sends"
            + " it back with a code, TCC sets its session). Then every session opens the three"
            + " pages in turn, each after a think time drawn between 1 and 3 s, for "
            + WINDOW.toSeconds()
            + " s per condition after a 15-s warm-up: the full page as the server renders it"
            + " (HTML only; static resources are cached by a browser). An answer counts as the"
            + " page only if it is 200, from TCC, with the signed-in user's top bar. Under"
            + " ingestion, 4 clients post batches of 500 generated events (half of them"
            + " violations that open cases through the handover) on a schedule adding up to"
            + " 5,000 events/s; the figure above is what was accepted.\n");
    Path file = Path.of("target", "benchmarks", "session-load.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
  }

  private static double percentileOf(Window window, String page, double p) {
    List<Double> millis =
        window.hits().stream().filter(hit -> hit.page().equals(page)).map(Hit::millis).toList();
    return millis.isEmpty() ? Double.NaN : EventIngestionBenchmark.percentile(millis, p);
  }

  private static String ms(List<Double> millis, double p) {
    if (millis.isEmpty()) {
      return "—";
    }
    return String.format(Locale.ROOT, "%,.0f ms", EventIngestionBenchmark.percentile(millis, p));
  }
}
