package vn.tcc.identity.internal.center;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.identity.api.IdentityField.CURRENT_ADDRESS;
import static vn.tcc.identity.api.IdentityField.DATE_OF_BIRTH;
import static vn.tcc.identity.api.IdentityField.FULL_NAME;
import static vn.tcc.identity.api.IdentityField.PERMANENT_ADDRESS;
import static vn.tcc.identity.api.IdentityField.PERSONAL_ID_NUMBER;
import static vn.tcc.identity.api.IdentityField.PHONE;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.identity.api.FieldNotPermitted;
import vn.tcc.identity.api.IdentityCenterBadAnswer;
import vn.tcc.identity.api.IdentityCenterRefused;
import vn.tcc.identity.api.IdentityCenterUnavailable;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.IdentityLookupException;
import vn.tcc.identity.api.IdentityRateLimited;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.identity.api.OwnerNotFound;
import vn.tcc.identity.api.RegisteredVehicle;

/**
 * The client against a fake center that replays answers recorded from the simulator and keeps what
 * it was sent, so the signature can be checked here, independently of the client's code.
 */
class IdentityCenterClientTest {
  private static final String AGENCY = "CA-GIALAI-CSGT";
  private static final String SECRET = "identity-center-dev-secret";
  private static final Instant NOW = Instant.parse("2026-11-21T11:26:15.100Z");

  /** The access request id of lookup-success.http and lookup-repeat.http. */
  private static final UUID RECORDED_ID = UUID.fromString("6f1c2a9e-7b41-4c1d-9a57-2f0e8d6b1c44");

  record Sent(String method, String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final Deque<RecordedExchange> answers = new ArrayDeque<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile long delayMillis;
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    sent.add(
        new Sent(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            exchange.getRequestBody().readAllBytes()));
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    RecordedExchange recorded;
    synchronized (answers) {
      recorded = answers.size() > 1 ? answers.poll() : answers.peek();
    }
    try (exchange) {
      recorded.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(recorded.status(), recorded.body().length);
      exchange.getResponseBody().write(recorded.body());
    } catch (IOException e) {
      // the client gave up waiting (timeout test)
    }
  }

  private void replay(String... recordings) {
    for (String name : recordings) {
      answers.add(RecordedExchange.load(name));
    }
  }

  private IdentityCenterClient client(Duration timeout) {
    return client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), timeout);
  }

  private static IdentityCenterClient client(URI base, Duration timeout) {
    return new IdentityCenterClient(
        new IdentityCenterSettings(base, AGENCY, SECRET, timeout),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static IdentityRequest recordedRequest() {
    return new IdentityRequest(
        RECORDED_ID,
        "GL-2026-000123",
        "Xác định chủ phương tiện vi phạm vượt đèn đỏ (Nghị định 168/2024)",
        "officer",
        "81A-123.45",
        Set.of(FULL_NAME, DATE_OF_BIRTH, PERMANENT_ADDRESS));
  }

  private static IdentityRequest request(String plate, IdentityField... fields) {
    return IdentityRequest.of(
        "GL-2026-000123", "Xác định chủ phương tiện vi phạm", "officer", plate, Set.of(fields));
  }

  // ------------------------------------------------------------------ signing and what is sent

  @Test
  void signs_the_request_with_hmac_sha256_over_method_path_timestamp_nonce_and_body_hash()
      throws Exception {
    replay("lookup-success.http");

    client(Duration.ofSeconds(5)).lookUpOwner(recordedRequest());

    Sent request = sent.get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1/vehicle-owner-lookups", request.path());
    assertEquals(AGENCY, request.header("X-Agency-Id"));
    assertEquals("2026-11-21T11:26:15.100Z", request.header("X-Timestamp"));
    assertEquals(RECORDED_ID.toString(), request.header("X-Request-Id"));
    assertTrue(request.header("X-Nonce").matches("[0-9a-f]{32}"), request.header("X-Nonce"));
    String canonical =
        "POST\n/v1/vehicle-owner-lookups\n2026-11-21T11:26:15.100Z\n"
            + request.header("X-Nonce")
            + "\n"
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.body()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertArrayEquals(
        mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)),
        Base64.getDecoder().decode(request.header("X-Signature")));
    assertTrue(request.header("Content-Type").startsWith("application/json"));
  }

  @Test
  void the_signed_path_includes_a_path_prefix_of_the_base_url() {
    replay("lookup-success.http");
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/gateway/");

    client(base, Duration.ofSeconds(5)).lookUpOwner(recordedRequest());

    assertEquals("/gateway/v1/vehicle-owner-lookups", sent.get(0).path());
  }

  @Test
  void sends_the_plate_case_purpose_officer_and_only_the_fields_wanted() {
    replay("lookup-success.http");

    client(Duration.ofSeconds(5)).lookUpOwner(recordedRequest());

    JsonObject body = Json.createReader(new ByteArrayInputStream(sent.get(0).body())).readObject();
    assertEquals("81A-123.45", body.getString("plate"));
    assertEquals("GL-2026-000123", body.getString("caseReference"));
    assertEquals(
        "Xác định chủ phương tiện vi phạm vượt đèn đỏ (Nghị định 168/2024)",
        body.getString("purpose"));
    assertEquals("officer", body.getString("officer"));
    assertEquals(
        List.of("fullName", "dateOfBirth", "permanentAddress"),
        body.getJsonArray("fields").getValuesAs(JsonString::getString));
  }

  @Test
  void each_request_has_a_new_nonce_but_a_repeat_keeps_its_request_id() {
    replay("lookup-success.http", "lookup-repeat.http");
    IdentityCenterClient client = client(Duration.ofSeconds(5));

    client.lookUpOwner(recordedRequest());
    client.lookUpOwner(recordedRequest());

    assertNotEquals(sent.get(0).header("X-Nonce"), sent.get(1).header("X-Nonce"));
    assertEquals(sent.get(0).header("X-Request-Id"), sent.get(1).header("X-Request-Id"));
  }

  // ------------------------------------------------------------------ answers

  @Test
  void answers_the_registered_vehicle_and_the_requested_fields_of_its_owner() {
    replay("lookup-success.http");

    OwnerLookup lookup = client(Duration.ofSeconds(5)).lookUpOwner(recordedRequest());

    assertEquals("TT-20261121-191745", lookup.accessId());
    assertEquals(RECORDED_ID, lookup.accessRequestId());
    assertEquals(
        new RegisteredVehicle("81A-123.45", "CAR", "Mitsubishi Xpander", "Vàng"), lookup.vehicle());
    assertEquals(
        Map.of(
            FULL_NAME,
            "Đinh Đức Việt",
            DATE_OF_BIRTH,
            "1969-12-19",
            PERMANENT_ADDRESS,
            "233 Trần Phú, phường Pleiku, tỉnh Gia Lai"),
        lookup.owner());
    assertEquals(Instant.parse("2026-11-21T11:26:15.278Z"), lookup.answeredAt());
    assertFalse(lookup.replayed());
    assertTrue(lookup.field(PERSONAL_ID_NUMBER).isEmpty());
  }

  @Test
  void a_motorbike_owner_with_every_field_the_account_may_receive() {
    replay("lookup-motorbike.http");
    IdentityRequest request =
        new IdentityRequest(
            UUID.fromString("0b5e7d3a-42c8-4f6e-8d1b-9c3a5e7f2d10"),
            "GL-2026-000124",
            "Xác định chủ phương tiện không đội mũ bảo hiểm",
            "officer2",
            "77-C1 123.45",
            Set.of(
                FULL_NAME, DATE_OF_BIRTH, PERSONAL_ID_NUMBER, PERMANENT_ADDRESS, CURRENT_ADDRESS));

    OwnerLookup lookup = client(Duration.ofSeconds(5)).lookUpOwner(request);

    assertEquals("MOTORBIKE", lookup.vehicle().vehicleClass());
    assertEquals("77-C1 123.45", lookup.vehicle().plate());
    assertEquals(request.fields(), lookup.owner().keySet());
    assertTrue(lookup.field(PERSONAL_ID_NUMBER).orElseThrow().matches("[0-9]{12}"));
  }

  @Test
  void fields_the_center_sends_but_nobody_asked_for_are_dropped() {
    replay("lookup-oversharing.http");

    OwnerLookup lookup = client(Duration.ofSeconds(5)).lookUpOwner(recordedRequest());

    assertEquals(Set.of(FULL_NAME, DATE_OF_BIRTH, PERMANENT_ADDRESS), lookup.owner().keySet());
    assertTrue(lookup.field(PHONE).isEmpty());
  }

  @Test
  void asking_again_with_the_same_request_gets_the_same_access_marked_replayed() {
    replay("lookup-success.http", "lookup-repeat.http");
    IdentityCenterClient client = client(Duration.ofSeconds(5));

    OwnerLookup first = client.lookUpOwner(recordedRequest());
    OwnerLookup again = client.lookUpOwner(recordedRequest());

    assertEquals(first.accessId(), again.accessId());
    assertEquals(first.owner(), again.owner());
    assertFalse(first.replayed());
    assertTrue(again.replayed());
  }

  // ------------------------------------------------------------------ refusals and failures

  @Test
  void a_field_the_account_may_not_receive_is_403_naming_the_field() {
    replay("field-not-permitted.http");

    FieldNotPermitted e =
        assertThrows(
            FieldNotPermitted.class,
            () ->
                client(Duration.ofSeconds(5)).lookUpOwner(request("81A-123.45", FULL_NAME, PHONE)));

    assertProblem(e, 403, "identity.error.fieldNotPermitted", "PHONE");
    assertEquals(PHONE, e.field().orElseThrow());
    assertFalse(e.retryable());
  }

  @Test
  void an_unknown_plate_is_404() {
    replay("vehicle-not-found.http");

    OwnerNotFound e =
        assertThrows(
            OwnerNotFound.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(request("81A-000.00", FULL_NAME)));

    assertProblem(e, 404, "identity.error.notFound", "81A-000.00");
  }

  @Test
  void the_officers_daily_limit_is_429_with_the_centers_retry_after() {
    replay("daily-limit-reached.http");

    IdentityRateLimited e =
        assertThrows(
            IdentityRateLimited.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertProblem(e, 429, "identity.error.rateLimited", 334L);
    assertEquals(Duration.ofSeconds(20024), e.retryAfter());
    assertTrue(e.retryable());
  }

  @Test
  void a_center_in_maintenance_is_unavailable_with_its_retry_after() {
    replay("center-down.http");

    IdentityCenterUnavailable e =
        assertThrows(
            IdentityCenterUnavailable.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertProblem(e, 503, "identity.error.unavailable");
    assertEquals(Duration.ofSeconds(119), e.retryAfter().orElseThrow());
    assertTrue(e.retryable());
  }

  @Test
  void a_404_or_403_that_is_not_the_centers_own_problem_is_a_refusal_not_an_answer() {
    byte[] page = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
    answers.add(new RecordedExchange(404, Map.of("Content-Type", "text/html"), page));
    answers.add(new RecordedExchange(403, Map.of("Content-Type", "text/html"), page));
    IdentityCenterClient client = client(Duration.ofSeconds(5));

    IdentityCenterRefused wrongUrl =
        assertThrows(
            IdentityCenterRefused.class,
            () -> client.lookUpOwner(request("81A-123.45", FULL_NAME)));
    IdentityCenterRefused gateway =
        assertThrows(
            IdentityCenterRefused.class,
            () -> client.lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertEquals(404, wrongUrl.centerStatus());
    assertEquals("unknown", wrongUrl.reason());
    assertEquals(403, gateway.centerStatus());
  }

  @Test
  void a_refused_signature_is_a_bad_gateway_for_the_administrator_without_the_centers_text() {
    replay("bad-signature.http");

    IdentityCenterRefused e =
        assertThrows(
            IdentityCenterRefused.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertProblem(e, 502, "identity.error.refused", 401, "bad-signature");
    assertEquals(401, e.centerStatus());
    assertEquals("bad-signature", e.reason());
    assertFalse(e.retryable());
  }

  @Test
  void a_replayed_nonce_is_refused_as_well() {
    replay("nonce-replayed.http");

    IdentityCenterRefused e =
        assertThrows(
            IdentityCenterRefused.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertEquals(409, e.centerStatus());
    assertEquals("nonce-replayed", e.reason());
  }

  @Test
  void an_answer_cut_off_midway_is_a_bad_answer() {
    replay("malformed-answer.http");

    IdentityCenterBadAnswer e =
        assertThrows(
            IdentityCenterBadAnswer.class,
            () -> client(Duration.ofSeconds(5)).lookUpOwner(recordedRequest()));

    assertProblem(e, 502, "identity.error.badAnswer");
  }

  @Test
  void an_answer_to_another_access_request_is_a_bad_answer() {
    replay("lookup-success.http");

    assertThrows(
        IdentityCenterBadAnswer.class,
        () ->
            client(Duration.ofSeconds(5))
                .lookUpOwner(request("81A-123.45", FULL_NAME, DATE_OF_BIRTH)));
  }

  @Test
  void a_center_slower_than_the_timeout_is_unavailable_in_time() {
    replay("lookup-success.http");
    delayMillis = 3_000;
    long started = System.nanoTime();

    IdentityCenterUnavailable e =
        assertThrows(
            IdentityCenterUnavailable.class,
            () -> client(Duration.ofMillis(300)).lookUpOwner(recordedRequest()));

    assertProblem(e, 503, "identity.error.unavailable");
    assertTrue(e.retryAfter().isEmpty());
    assertTrue(
        Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2_000)) < 0,
        "the client waited for the slow answer");
  }

  @Test
  void a_center_that_cannot_be_reached_is_unavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    IdentityCenterUnavailable e =
        assertThrows(
            IdentityCenterUnavailable.class,
            () ->
                client(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(2))
                    .lookUpOwner(request("81A-123.45", FULL_NAME)));

    assertProblem(e, 503, "identity.error.unavailable");
  }

  /** Status, key and arguments; and the message is the key: no text of the center, no secret. */
  private static void assertProblem(
      IdentityLookupException e, int status, String key, Object... args) {
    assertEquals(status, e.status());
    assertEquals(key, e.messageKey());
    assertArrayEquals(args, e.args());
    assertEquals(key, e.getMessage());
    assertFalse(String.valueOf(e).contains(SECRET));
  }
}
