package vn.tcc.identity.internal.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.tcc.identity.api.IdentityField.DATE_OF_BIRTH;
import static vn.tcc.identity.api.IdentityField.FULL_NAME;
import static vn.tcc.identity.api.IdentityField.PERMANENT_ADDRESS;
import static vn.tcc.identity.api.IdentityField.PERSONAL_ID_NUMBER;
import static vn.tcc.identity.api.IdentityField.PHONE;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tcc.identity.api.FieldNotPermitted;
import vn.tcc.identity.api.IdentityCenterRefused;
import vn.tcc.identity.api.IdentityCenterUnavailable;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.IdentityRateLimited;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.identity.api.OwnerNotFound;

/**
 * The client against the identity center simulator that {@code bin/tcc} starts
 * (simulators/identity-center). Plain JUnit, run by failsafe; bin/tcc test passes tcc.identity.url,
 * tcc.identity.agencyId and tcc.identity.secret.
 *
 * <p>Tests can run again and again on the same simulator: each uses its own officer name, case
 * number and request ids, and every test that changes the simulator's mode sets it back to UP.
 */
class IdentityCenterContractIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static URI base;
  private static String agency;
  private static String secret;
  private static IdentityCenterClient center;

  @BeforeAll
  static void connect() {
    String url = System.getProperty("tcc.identity.url");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      fail(
          "System property tcc.identity.url is not set: run through bin/tcc test, or start"
              + " java simulators/identity-center/IdentityCenterSimulator.java --port 8091 and pass"
              + " -Dtcc.identity.url=http://127.0.0.1:8091");
    }
    base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    agency = property("tcc.identity.agencyId", IdentityCenterSettings.DEV_AGENCY_ID);
    secret = property("tcc.identity.secret", IdentityCenterSettings.DEV_SECRET);
    center = client(secret, TIMEOUT);
    try {
      admin("GET", "/_sim/health", null);
    } catch (IOException | RuntimeException e) {
      fail("The identity center simulator does not answer at " + base + ": " + e);
    }
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
  }

  private static IdentityCenterClient client(String withSecret, Duration timeout) {
    return client(agency, withSecret, timeout);
  }

  private static IdentityCenterClient client(String asAgency, String withSecret, Duration timeout) {
    return new IdentityCenterClient(
        new IdentityCenterSettings(base, asAgency, withSecret, timeout),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        Clock.systemUTC());
  }

  @AfterEach
  void centerUpAgain() throws IOException {
    admin("POST", "/_sim/outage", "{\"mode\":\"UP\"}");
  }

  /** An officer name no earlier run used, so daily counts start at zero. */
  private static String newOfficer() {
    return "it-officer-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static IdentityRequest lookup(String officer, String plate, IdentityField... fields) {
    return IdentityRequest.of(
        "IT-" + ThreadLocalRandom.current().nextInt(1_000_000),
        "Xác định chủ phương tiện vi phạm (kiểm thử hợp đồng)",
        officer,
        plate,
        Set.of(fields));
  }

  // ------------------------------------------------------------------ answers

  @Test
  void answers_the_registered_vehicle_and_only_the_fields_asked_for() throws IOException {
    IdentityRequest request = lookup(newOfficer(), "81A-123.45", FULL_NAME, DATE_OF_BIRTH);

    OwnerLookup answer = center.lookUpOwner(request);

    assertTrue(answer.accessId().matches("TT-[0-9]{8}-[0-9]{6}"), answer.accessId());
    assertEquals("81A-123.45", answer.vehicle().plate());
    assertEquals("CAR", answer.vehicle().vehicleClass());
    assertEquals(Set.of(FULL_NAME, DATE_OF_BIRTH), answer.owner().keySet());
    assertFalse(answer.replayed());
    JsonObject access = accessOf(request.accessRequestId());
    assertEquals(answer.accessId(), access.getString("accessId"));
    assertEquals(
        List.of("fullName", "dateOfBirth"), strings(access.getJsonArray("fieldsAnswered")));
    assertEquals(request.purpose(), access.getString("purpose"));
    assertEquals(request.caseReference(), access.getString("caseReference"));
  }

  @Test
  void the_same_owner_for_the_same_plate_and_a_motorbike_plate_reads_as_a_motorbike() {
    OwnerLookup car =
        center.lookUpOwner(lookup(newOfficer(), "81a 123 45", FULL_NAME, PERSONAL_ID_NUMBER));
    OwnerLookup again =
        center.lookUpOwner(lookup(newOfficer(), "81A-123.45", FULL_NAME, PERSONAL_ID_NUMBER));
    OwnerLookup motorbike = center.lookUpOwner(lookup(newOfficer(), "77-C1 123.45", FULL_NAME));

    assertEquals(car.owner(), again.owner());
    assertTrue(car.field(PERSONAL_ID_NUMBER).orElseThrow().matches("[0-9]{12}"));
    assertEquals("MOTORBIKE", motorbike.vehicle().vehicleClass());
    assertEquals("77-C1 123.45", motorbike.vehicle().plate());
  }

  @Test
  void asking_again_with_the_same_request_is_the_same_access_and_not_counted_again()
      throws IOException {
    String officer = newOfficer();
    setDailyLimit(officer, 1);
    IdentityRequest request = lookup(officer, "81-B1 234.56", FULL_NAME, PERMANENT_ADDRESS);

    OwnerLookup first = center.lookUpOwner(request);
    OwnerLookup again = center.lookUpOwner(request);

    assertEquals(first.accessId(), again.accessId());
    assertEquals(first.owner(), again.owner());
    assertTrue(again.replayed());
    assertEquals(1, accessOf(request.accessRequestId()).getInt("replays"));
    // The allowance of one was used by the first access only: a new one is over it.
    assertThrows(
        IdentityRateLimited.class,
        () -> center.lookUpOwner(lookup(officer, "81-B1 234.56", FULL_NAME)));
  }

  @Test
  void an_unknown_plate_is_not_found() {
    OwnerNotFound e =
        assertThrows(
            OwnerNotFound.class,
            () -> center.lookUpOwner(lookup(newOfficer(), "81A-000.00", FULL_NAME)));

    assertEquals("81A-000.00", e.plate());
  }

  // ------------------------------------------------------------------ rights and signatures

  @Test
  void a_field_the_account_may_not_receive_refuses_the_whole_lookup() throws IOException {
    IdentityRequest request = lookup(newOfficer(), "81A-123.45", FULL_NAME, PHONE);

    FieldNotPermitted e = assertThrows(FieldNotPermitted.class, () -> center.lookUpOwner(request));

    assertEquals(PHONE, e.field().orElseThrow());
    assertTrue(accesses("requestId=" + request.accessRequestId()).isEmpty(), "nothing answered");
  }

  @Test
  void a_wrong_secret_is_refused_as_a_bad_signature() {
    IdentityCenterRefused e =
        assertThrows(
            IdentityCenterRefused.class,
            () ->
                client("not-the-secret", TIMEOUT)
                    .lookUpOwner(lookup(newOfficer(), "81A-123.45", FULL_NAME)));

    assertEquals(401, e.centerStatus());
    assertEquals("bad-signature", e.reason());
  }

  @Test
  void an_agency_without_an_account_is_refused() {
    IdentityCenterRefused e =
        assertThrows(
            IdentityCenterRefused.class,
            () ->
                client("CA-NOWHERE", secret, TIMEOUT)
                    .lookUpOwner(lookup(newOfficer(), "81A-123.45", FULL_NAME)));

    assertEquals(401, e.centerStatus());
    assertEquals("unknown-agency", e.reason());
  }

  @Test
  void a_nonce_used_again_for_another_request_is_a_replay_and_an_old_timestamp_is_refused()
      throws Exception {
    String nonce = "it-" + UUID.randomUUID();
    byte[] body =
        CenterJson.lookupBody(lookup(newOfficer(), "81A-123.45", IdentityField.FULL_NAME));
    String now = Instant.now().toString();

    assertEquals(200, signedPost(body, now, nonce, UUID.randomUUID()).statusCode());
    HttpResponse<String> replay = signedPost(body, now, nonce, UUID.randomUUID());
    HttpResponse<String> stale =
        signedPost(
            body,
            Instant.now().minus(Duration.ofMinutes(6)).toString(),
            "it-" + UUID.randomUUID(),
            UUID.randomUUID());

    assertEquals(409, replay.statusCode());
    assertEquals("nonce-replayed", CenterJson.problemCode(bytes(replay)));
    assertEquals(401, stale.statusCode());
    assertEquals("timestamp-out-of-window", CenterJson.problemCode(bytes(stale)));
    assertTrue(
        replay.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
  }

  // ------------------------------------------------------------------ limits and outages

  @Test
  void an_officer_over_the_daily_limit_is_told_when_to_try_again() throws IOException {
    String officer = newOfficer();
    setDailyLimit(officer, 2);
    center.lookUpOwner(lookup(officer, "81A-111.11", FULL_NAME));
    center.lookUpOwner(lookup(officer, "81A-222.22", FULL_NAME));

    IdentityRateLimited e =
        assertThrows(
            IdentityRateLimited.class,
            () -> center.lookUpOwner(lookup(officer, "81A-333.33", FULL_NAME)));

    assertTrue(e.retryAfter().compareTo(Duration.ZERO) > 0, e.retryAfter().toString());
    assertTrue(e.retryAfter().compareTo(Duration.ofDays(1)) <= 0, e.retryAfter().toString());
    // Another officer of the same agency is not affected.
    center.lookUpOwner(lookup(newOfficer(), "81A-333.33", FULL_NAME));
  }

  @Test
  void a_center_in_maintenance_is_unavailable_and_the_same_request_succeeds_when_it_is_back()
      throws IOException {
    IdentityRequest request = lookup(newOfficer(), "81A-123.45", FULL_NAME);
    admin("POST", "/_sim/outage", "{\"mode\":\"DOWN\",\"seconds\":120}");

    IdentityCenterUnavailable e =
        assertThrows(IdentityCenterUnavailable.class, () -> center.lookUpOwner(request));
    admin("POST", "/_sim/outage", "{\"mode\":\"UP\"}");
    OwnerLookup answer = center.lookUpOwner(request);

    assertTrue(e.retryAfter().orElseThrow().toSeconds() > 0);
    assertFalse(answer.replayed());
    assertEquals(Set.of(FULL_NAME), answer.owner().keySet());
  }

  @Test
  void a_slow_center_times_out_as_unavailable_and_asking_again_gets_the_access_it_made()
      throws Exception {
    IdentityRequest request = lookup(newOfficer(), "77A-456.78", FULL_NAME, DATE_OF_BIRTH);
    admin("POST", "/_sim/outage", "{\"mode\":\"SLOW\",\"delayMillis\":3000}");
    long started = System.nanoTime();

    assertThrows(
        IdentityCenterUnavailable.class,
        () -> client(secret, Duration.ofSeconds(1)).lookUpOwner(request));

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_500);
    admin("POST", "/_sim/outage", "{\"mode\":\"UP\"}");
    // The center went on with the late request and counted it; the repeat is that same access.
    awaitAccess(request.accessRequestId(), Duration.ofSeconds(10));
    OwnerLookup answer = center.lookUpOwner(request);
    assertTrue(answer.replayed());
    assertEquals(accessOf(request.accessRequestId()).getString("accessId"), answer.accessId());
  }

  // ------------------------------------------------------------------ helpers

  private static HttpResponse<String> signedPost(
      byte[] body, String timestamp, String nonce, UUID requestId) throws Exception {
    URI uri = URI.create(base + IdentityCenterClient.LOOKUP_PATH);
    String canonical = RequestSignature.canonical("POST", uri.getRawPath(), timestamp, nonce, body);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Agency-Id", agency)
            .header("X-Timestamp", timestamp)
            .header("X-Nonce", nonce)
            .header("X-Request-Id", requestId.toString())
            .header("X-Signature", RequestSignature.sign(secret, canonical))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(HttpResponse<String> response) {
    return response.body().getBytes(StandardCharsets.UTF_8);
  }

  private static void setDailyLimit(String officer, int limit) throws IOException {
    admin("POST", "/_sim/limits", "{\"officer\":\"" + officer + "\",\"dailyLimit\":" + limit + "}");
  }

  private static List<JsonObject> accesses(String query) throws IOException {
    JsonObject answer =
        Json.createReader(new StringReader(admin("GET", "/_sim/accesses?" + query, null)))
            .readObject();
    return answer.getJsonArray("accesses").getValuesAs(JsonObject.class);
  }

  private static JsonObject accessOf(UUID requestId) throws IOException {
    List<JsonObject> found = accesses("requestId=" + requestId);
    assertEquals(1, found.size(), "accesses of request " + requestId);
    return found.get(0);
  }

  private static void awaitAccess(UUID requestId, Duration atMost) throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (accesses("requestId=" + requestId).isEmpty()) {
      if (System.nanoTime() > deadline) {
        fail("The simulator never finished request " + requestId);
      }
      Thread.sleep(200);
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString::getString);
  }

  /** A call to the simulator's own endpoints (/_sim/...); anything but 200 fails the test. */
  private static String admin(String method, String path, String json) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        fail(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
