package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.internal.zoneminder.ZoneMinderAdapter;

/**
 * Playback through TCC against the real ZoneMinder: a trigger makes a recording on the demo
 * monitor, TCC replays it as MJPEG from a moment inside it (audited from opening to end, the VMS
 * connection gone once the client goes), a moment with no recording is a 404 that says so, and
 * another commune's officer is refused.
 */
@ExtendWith(ArquillianExtension.class)
class PlaybackIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final ZoneMinderAdapter ZM =
      new ZoneMinderAdapter(
          new VmsConnectionSettings(
              "ZM-IT",
              "ZoneMinder",
              URI.create(System.getProperty("tcc.zm.url", "http://127.0.0.1:8088/zm")),
              System.getProperty("tcc.zm.user", "admin"),
              System.getProperty("tcc.zm.password", "admin"),
              Duration.ofSeconds(10)),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @BeforeAll
  static void linkTheDemoMonitors() {
    LiveCameras.link();
  }

  private static HttpResponse<InputStream> playback(String camera, String at, String user)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    TccDeployment.baseUrl()
                        + "/api/v1/cameras/"
                        + camera
                        + "/playback?at="
                        + URLEncoder.encode(at, StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + Keycloak.userToken(user))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private static String body(HttpResponse<InputStream> response) throws Exception {
    try (InputStream in = response.body()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The monitor's id in ZoneMinder, as the connection's camera list names it. */
  private static String monitorOf(String name) {
    JsonObject overview =
        Api.get("vms/connections/ZM-DEMO/cameras", Keycloak.userToken("admin")).json();
    return overview.getJsonArray("vmsCameras").stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> name.equals(row.getString("name")))
        .findFirst()
        .orElseThrow()
        .getString("externalId");
  }

  /**
   * A moment the monitor recorded: a trigger now, then the first second ZoneMinder lists a
   * recording for, open or closed (an open event still covers it; a trigger while another test's
   * event is open merges into that one, so its start may be earlier), waited for up to 60 s.
   */
  private static Instant recordedMoment(String externalId) throws Exception {
    Instant triggered = Instant.now();
    ZM.raiseEvent(
        externalId, new VmsEventRequest("TCC-IT", "playback test", Duration.ofSeconds(4), 100));
    Instant moment = triggered.plusSeconds(1);
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      if (Instant.now().isAfter(moment.plusSeconds(1))) {
        for (VmsRecording recording :
            ZM.recordings(externalId, triggered.minusSeconds(60), Instant.now())) {
          if (!recording.start().isAfter(moment)
              && (recording.end() == null || !recording.end().isBefore(moment))) {
            return moment;
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("ZoneMinder recorded nothing of monitor " + externalId);
  }

  private static int openUpstreams() {
    return Api.get("command/live-streams", Keycloak.userToken("admin"))
        .json()
        .getInt("openUpstreams");
  }

  @Test
  void an_operator_plays_back_a_recording_from_a_chosen_moment_and_it_is_audited()
      throws Exception {
    Instant inside = recordedMoment(monitorOf("GL-QN-0001"));
    int opened = LiveCameras.audited("operator", "PLAYBACK_OPENED", LiveCameras.FIRST);
    int closed = LiveCameras.audited("operator", "PLAYBACK_CLOSED", LiveCameras.FIRST);

    HttpResponse<InputStream> response = playback(LiveCameras.FIRST, inside.toString(), "operator");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("multipart/x-mixed-replace"),
        response.headers().toString());
    try (InputStream stream = response.body()) {
      assertTrue(LiveCameras.nextJpeg(stream).length > 1000, "a recorded JPEG frame");
    }
    long deadline = System.currentTimeMillis() + 15_000;
    while (openUpstreams() != 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(0, openUpstreams(), "the VMS connection is closed once the client went");
    assertEquals(opened + 1, LiveCameras.audited("operator", "PLAYBACK_OPENED", LiveCameras.FIRST));
    deadline = System.currentTimeMillis() + 10_000;
    while (LiveCameras.audited("operator", "PLAYBACK_CLOSED", LiveCameras.FIRST) == closed
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(closed + 1, LiveCameras.audited("operator", "PLAYBACK_CLOSED", LiveCameras.FIRST));
    // A local time of the province is understood as well.
    String local =
        inside.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime().toString();
    HttpResponse<InputStream> again = playback(LiveCameras.FIRST, local, "operator");
    try (InputStream stream = again.body()) {
      assertEquals(200, again.statusCode());
      assertTrue(LiveCameras.nextJpeg(stream).length > 1000);
    }
  }

  @Test
  void no_recording_at_that_moment_is_a_clear_404_and_bad_times_are_400() throws Exception {
    HttpResponse<InputStream> none =
        playback(LiveCameras.FIRST, "2001-01-01T08:00:00+07:00", "operator");
    String problem = body(none);
    assertEquals(404, none.statusCode(), problem);
    assertTrue(
        none.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(problem.contains(LiveCameras.FIRST), problem);
    assertEquals(404, playback(LiveCameras.FIRST, "2099-01-01T08:00", "operator").statusCode());
    for (String bad : List.of("", "hôm qua", "+999999999-01-01T00:00", "2026-12-07\u000009:30")) {
      assertEquals(400, playback(LiveCameras.FIRST, bad, "operator").statusCode(), bad);
    }
    int huge = playback(LiveCameras.FIRST, "9".repeat(100_000), "operator").statusCode();
    assertTrue(huge >= 400 && huge < 500, "a 100k time answered " + huge);
    assertEquals(0, openUpstreams());
  }

  @Test
  void another_communes_officer_and_an_auditor_are_refused_and_the_refusal_is_audited()
      throws Exception {
    int before = LiveCameras.audited("officer2", "PLAYBACK_REFUSED", LiveCameras.FIRST);
    HttpResponse<InputStream> refused =
        playback(LiveCameras.FIRST, Instant.now().minusSeconds(60).toString(), "officer2");
    assertEquals(403, refused.statusCode(), body(refused));
    assertEquals(
        before + 1, LiveCameras.audited("officer2", "PLAYBACK_REFUSED", LiveCameras.FIRST));
    assertEquals(
        403,
        playback(LiveCameras.FIRST, Instant.now().minusSeconds(60).toString(), "auditor")
            .statusCode());
  }
}
