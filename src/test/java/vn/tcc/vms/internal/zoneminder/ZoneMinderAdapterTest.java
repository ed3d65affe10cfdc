package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;

/** The adapter's HTTP behaviour against a fake ZoneMinder that answers with recorded JSON. */
class ZoneMinderAdapterTest {
  private static final String SECRET = "s3cret-pass";

  /** What the fake answers, by path (without the base); absent paths answer 404. */
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger logins = new AtomicInteger();
  private HttpServer server;

  record Answer(int status, String type, byte[] body, long delayMillis) {
    static Answer json(String fixture) {
      return new Answer(200, "application/json", Fixtures.bytes(fixture), 0);
    }

    static Answer of(int status, String type, String body) {
      return new Answer(status, type, body.getBytes(StandardCharsets.UTF_8), 0);
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/zm/", this::handle);
    server.start();
    answers.put("api/host/getTimeZone.json", Answer.json("timezone.json"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath().substring("/zm/".length());
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
    Answer answer;
    if (path.equals("api/host/login.json")) {
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int n = logins.incrementAndGet();
      answer =
          form.contains("pass=" + SECRET)
              ? Answer.of(
                  200,
                  "application/json",
                  "{\"access_token\":\"tok" + n + "\",\"access_token_expires\":7200}")
              : new Answer(401, "application/json", Fixtures.bytes("login-denied.json"), 0);
    } else if (query != null
        && query.contains("token=tok1")
        && answers.containsKey("refuse-first-token")) {
      answer = Answer.of(401, "application/json", "{\"success\":false}");
    } else {
      answer =
          answers.getOrDefault(path, Answer.of(404, "application/json", "{\"success\":false}"));
    }
    try {
      Thread.sleep(answer.delayMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.getResponseHeaders().add("Content-Type", answer.type());
    exchange.sendResponseHeaders(
        answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
    if (answer.body().length > 0) {
      exchange.getResponseBody().write(answer.body());
    }
    exchange.close();
  }

  private ZoneMinderAdapter adapter(String password, Duration timeout) {
    return adapter(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/zm/"),
        password,
        timeout,
        6802);
  }

  private static ZoneMinderAdapter adapter(
      URI base, String password, Duration timeout, int triggerPort) {
    return new ZoneMinderAdapter(
        new VmsConnectionSettings("ZM-TEST", "ZoneMinder", base, "admin", password, timeout),
        HttpClient.newHttpClient(),
        triggerPort);
  }

  @Test
  void logs_in_once_and_sends_the_token_as_a_query_parameter() {
    answers.put("api/monitors.json", Answer.json("monitors.json"));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    assertEquals(2, zm.cameras().size());
    assertEquals(2, zm.cameras().size());
    assertEquals(1, logins.get());
    assertTrue(requests.contains("GET api/monitors.json?token=tok1"), requests.toString());
  }

  @Test
  void a_refused_token_is_replaced_by_one_new_login() {
    answers.put("api/monitors.json", Answer.json("monitors.json"));
    answers.put("refuse-first-token", Answer.of(200, "", ""));

    assertEquals("GL-QN-0001", adapter(SECRET, Duration.ofSeconds(5)).cameras().get(0).name());
    assertEquals(2, logins.get());
  }

  @Test
  void a_wrong_password_is_unavailable_and_the_message_does_not_show_it() {
    VmsUnavailable e =
        assertThrows(
            VmsUnavailable.class, () -> adapter("wrong-pass-123", Duration.ofSeconds(5)).ping());

    assertTrue(e.getMessage().contains("refused the login of user 'admin'"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-pass-123"));
  }

  @Test
  void server_errors_and_html_instead_of_json_are_unavailable_without_the_token() {
    answers.put("api/monitors.json", Answer.of(500, "text/html", "<html>Internal error</html>"));
    answers.put("api/host/getVersion.json", Answer.of(200, "text/html", "<!DOCTYPE html><html>"));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    VmsUnavailable error = assertThrows(VmsUnavailable.class, zm::cameras);
    VmsUnavailable html = assertThrows(VmsUnavailable.class, zm::ping);

    assertTrue(
        error.getMessage().contains("HTTP 500 to GET /zm/api/monitors.json"), error.getMessage());
    assertTrue(html.getMessage().contains("not JSON"), html.getMessage());
    assertFalse(error.getMessage().contains("tok1") || html.getMessage().contains("tok1"));
  }

  @Test
  void no_answer_within_the_timeout_is_unavailable_in_about_the_timeout() {
    answers.put(
        "api/host/getVersion.json",
        new Answer(200, "application/json", Fixtures.bytes("version.json"), 3000));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofMillis(400));

    long start = System.nanoTime();
    VmsUnavailable e = assertThrows(VmsUnavailable.class, zm::ping);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
    assertTrue(millis < 1500, "took " + millis + " ms");
  }

  @Test
  void a_closed_port_is_unavailable() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ZoneMinderAdapter zm =
        adapter(
            URI.create("http://127.0.0.1:" + closed + "/zm"), SECRET, Duration.ofSeconds(2), 6802);

    VmsUnavailable e = assertThrows(VmsUnavailable.class, zm::ping);
    assertTrue(e.getMessage().startsWith("ZoneMinder at 127.0.0.1:" + closed), e.getMessage());
  }

  @Test
  void status_of_many_cameras_is_one_call_and_unknown_ids_are_unknown() {
    answers.put("api/monitors.json", Answer.json("monitors-camera-stopped.json"));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    var statuses = zm.status(List.of("1", "2", "99", "not-a-number"));

    assertEquals(VmsCameraState.ONLINE, statuses.get("1").state());
    assertEquals(VmsCameraState.OFFLINE, statuses.get("2").state());
    assertEquals(VmsCameraState.UNKNOWN, statuses.get("99").state());
    assertEquals(VmsCameraState.UNKNOWN, statuses.get("not-a-number").state());
    assertEquals(1, requests.stream().filter(r -> r.startsWith("GET api/monitors.json")).count());
  }

  @Test
  void unknown_monitors_and_events_are_not_found() {
    answers.put(
        "api/events/999.json",
        new Answer(404, "application/json", Fixtures.bytes("event-not-found.json"), 0));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    assertTrue(zm.camera("42").isEmpty());
    assertThrows(VmsNotFound.class, () -> zm.clip("999"));
    assertThrows(VmsNotFound.class, () -> zm.protect("999"));
    assertEquals(VmsDeletion.NOT_FOUND, zm.delete("999"));
    assertThrows(VmsNotFound.class, () -> zm.liveStreamUri("../admin"));
  }

  @Test
  void an_archived_event_is_locked_and_no_delete_is_sent() {
    String archived = new String(Fixtures.bytes("events-page1.json"), StandardCharsets.UTF_8);
    var event = ZoneMinderJson.events(Fixtures.json("events-page1.json")).get(1);
    answers.put(
        "api/events/2.json",
        Answer.of(200, "application/json", "{\"event\":{\"Event\":" + event + "}}"));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    assertTrue(archived.contains("\"Archived\": 1"));
    assertEquals(VmsDeletion.LOCKED, zm.delete("2"));
    assertFalse(requests.stream().anyMatch(r -> r.startsWith("DELETE")));
  }

  @Test
  void a_clip_that_is_an_html_page_is_unavailable_and_an_empty_one_is_not_found() {
    var event = ZoneMinderJson.events(Fixtures.json("events-page1.json")).get(0);
    answers.put(
        "api/events/1.json",
        Answer.of(200, "application/json", "{\"event\":{\"Event\":" + event + "}}"));
    answers.put("index.php", Answer.of(200, "text/html", "<!DOCTYPE html><html>login</html>"));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    assertThrows(VmsUnavailable.class, () -> zm.clip("1"));
    assertEquals(2, logins.get(), "the login page makes it log in again once");
    answers.put("index.php", Answer.of(200, "video/mp4", ""));
    assertThrows(VmsNotFound.class, () -> zm.clip("1"));
  }

  @Test
  void events_since_a_cursor_stop_before_an_event_still_open() {
    var closed = ZoneMinderJson.events(Fixtures.json("events-page1.json")).get(0);
    // Open since a minute ago (the recorded answer's own start would age past STUCK_OPEN).
    String aMinuteAgo =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now().minusSeconds(60));
    var open =
        jakarta.json.Json.createObjectBuilder(
                ZoneMinderJson.events(Fixtures.json("events-open.json")).get(0))
            .add("StartDateTime", aMinuteAgo)
            .build();
    String page =
        "{\"events\":[{\"Event\":"
            + closed
            + "},{\"Event\":"
            + open
            + "}],\"pagination\":{\"nextPage\":false}}";
    answers.put("api/events/index/Id%20%3E:0.json", Answer.of(200, "application/json", page));
    ZoneMinderAdapter zm = adapter(SECRET, Duration.ofSeconds(5));

    List<VmsEvent> events = zm.eventsSince(VmsEventCursor.START, 10);

    assertEquals(List.of("1"), events.stream().map(VmsEvent::eventId).toList());
    assertEquals(Map.of("plate", "34ABC123", "speed", "92/70"), events.get(0).attributes());
    assertTrue(
        requests.stream().anyMatch(r -> r.contains("sort=Id&direction=asc")), requests.toString());
  }

  @Test
  void raising_an_event_writes_one_trigger_line_to_zmtrigger() throws Exception {
    answers.put(
        "api/monitors/1.json",
        Answer.of(
            200,
            "application/json",
            "{\"monitor\":"
                + Fixtures.json("monitors.json").getJsonArray("monitors").get(0)
                + "}"));
    try (ServerSocket zmtrigger = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> received =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket client = zmtrigger.accept();
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(
                                client.getInputStream(), StandardCharsets.US_ASCII))) {
                  return in.readLine();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      ZoneMinderAdapter zm =
          adapter(
              URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/zm"),
              SECRET,
              Duration.ofSeconds(5),
              zmtrigger.getLocalPort());

      var id =
          zm.raiseEvent(
              "1",
              new VmsEventRequest(
                  "ANPR", "plate=81A12345 speed=92/70", Duration.ofSeconds(4), 255));

      assertTrue(id.isEmpty());
      assertEquals(
          "1|on+4|255|ANPR|plate=81A12345 speed=92/70 |", received.get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void raising_an_event_when_zmtrigger_is_not_listening_is_unavailable() throws IOException {
    answers.put(
        "api/monitors/1.json",
        Answer.of(
            200,
            "application/json",
            "{\"monitor\":"
                + Fixtures.json("monitors.json").getJsonArray("monitors").get(0)
                + "}"));
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ZoneMinderAdapter zm =
        adapter(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/zm"),
            SECRET,
            Duration.ofSeconds(2),
            closed);

    VmsUnavailable e =
        assertThrows(
            VmsUnavailable.class,
            () -> zm.raiseEvent("1", new VmsEventRequest("ANPR", "x=1", null, 1)));
    assertTrue(e.getMessage().startsWith("zmtrigger at 127.0.0.1:" + closed), e.getMessage());
  }
}
