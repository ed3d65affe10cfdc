package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * The live proxy against the real ZoneMinder of the test stack: multipart JPEG frames through TCC,
 * the refusal of another commune's camera (audited), each stream audited from open to close, and no
 * VMS connection left open once the client has gone.
 */
@ExtendWith(ArquillianExtension.class)
class LiveStreamIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @BeforeAll
  static void linkTheDemoMonitors() {
    LiveCameras.link();
  }

  private static final int LIVE_TILES = 16;

  private static HttpResponse<InputStream> live(String camera, String user) throws Exception {
    return live(camera, user, "50");
  }

  private static HttpResponse<InputStream> live(String camera, String user, String scale)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    TccDeployment.baseUrl() + "/api/v1/cameras/" + camera + "/live?scale=" + scale))
            .header("Authorization", "Bearer " + Keycloak.userToken(user))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private static int openUpstreams() {
    Api.Answer count = Api.get("command/live-streams", Keycloak.userToken("admin"));
    assertEquals(200, count.status(), count.body());
    return count.json().getInt("openUpstreams");
  }

  private static void awaitOpenUpstreams(int expected, int seconds) throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    int last = -1;
    while (System.currentTimeMillis() < deadline) {
      last = openUpstreams();
      if (last == expected) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        expected + " open VMS streams expected within " + seconds + " s, still " + last);
  }

  @Test
  void an_operator_gets_moving_jpeg_frames_and_the_vms_connection_closes_when_he_goes()
      throws Exception {
    awaitOpenUpstreams(0, 10);
    int openedBefore = LiveCameras.audited("operator", "LIVE_VIEW_OPENED", LiveCameras.FIRST);
    int closedBefore = LiveCameras.audited("operator", "LIVE_VIEW_CLOSED", LiveCameras.FIRST);

    HttpResponse<InputStream> response = live(LiveCameras.FIRST, "operator");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("multipart/x-mixed-replace"),
        response.headers().toString());
    try (InputStream body = response.body()) {
      byte[] first = LiveCameras.nextJpeg(body);
      byte[] later = first;
      // The synthetic camera moves: within a few frames one differs from the first.
      for (int i = 0; i < 20 && Arrays.equals(first, later); i++) {
        later = LiveCameras.nextJpeg(body);
      }
      assertTrue(first.length > 1000, "a real JPEG frame, " + first.length + " bytes");
      assertFalse(Arrays.equals(first, later), "the frames move");
      assertEquals(1, openUpstreams());
    }
    awaitOpenUpstreams(0, 10);
    assertEquals(
        openedBefore + 1, LiveCameras.audited("operator", "LIVE_VIEW_OPENED", LiveCameras.FIRST));
    assertEquals(
        closedBefore + 1, LiveCameras.audited("operator", "LIVE_VIEW_CLOSED", LiveCameras.FIRST));
  }

  @Test
  void an_officer_of_pleiku_is_refused_a_quy_nhon_camera_and_the_refusal_is_audited()
      throws Exception {
    int before = LiveCameras.audited("officer2", "LIVE_VIEW_REFUSED", LiveCameras.FIRST);
    HttpResponse<InputStream> response = live(LiveCameras.FIRST, "officer2");
    String body =
        new String(response.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(403, response.statusCode(), body);
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(
        before + 1, LiveCameras.audited("officer2", "LIVE_VIEW_REFUSED", LiveCameras.FIRST));
    // The officer of Quy Nhơn, whose camera it is, may watch it.
    HttpResponse<InputStream> own = live(LiveCameras.FIRST, "officer");
    try (InputStream stream = own.body()) {
      assertEquals(200, own.statusCode());
      assertTrue(LiveCameras.nextJpeg(stream).length > 1000);
    }
    awaitOpenUpstreams(0, 10);
  }

  /**
   * The server has 32 request threads on two cores. Streams are relayed on threads of their own, so
   * more open streams than that (two full walls and some) leave the server answering.
   */
  @Test
  void more_streams_than_the_server_has_request_threads_leave_it_answering() throws Exception {
    awaitOpenUpstreams(0, 10);
    List<InputStream> open = new ArrayList<>();
    try {
      for (String user : List.of("operator", "operator2", "supervisor")) {
        int tiles = "supervisor".equals(user) ? 4 : LIVE_TILES;
        for (int tile = 0; tile < tiles; tile++) {
          HttpResponse<InputStream> stream =
              live(tile % 2 == 0 ? LiveCameras.FIRST : LiveCameras.SECOND, user, "25");
          assertEquals(200, stream.statusCode(), user + " tile " + tile);
          open.add(stream.body());
        }
      }
      for (InputStream stream : open) {
        assertTrue(LiveCameras.nextJpeg(stream).length > 0);
      }
      assertEquals(open.size(), openUpstreams(), "one VMS connection per open tile");
      // Pages and the API still answer while all of them stream.
      Api.Answer incidents = Api.get("incidents?size=5", Keycloak.userToken("operator"));
      assertEquals(200, incidents.status(), incidents.body());
    } finally {
      for (InputStream stream : open) {
        stream.close();
      }
    }
    awaitOpenUpstreams(0, 20);
  }

  @Test
  void unknown_unlinked_and_not_allowed_answers_are_problems_not_streams() throws Exception {
    assertEquals(404, live("GL-NO-SUCH-CAMERA", "operator").statusCode());
    int hostile = live("%00" + "x".repeat(300), "operator").statusCode();
    assertTrue(hostile == 400 || hostile == 404, "hostile code answered " + hostile);
    HttpResponse<InputStream> unlinked = live("GL-QN-0002", "operator");
    String problem =
        new String(unlinked.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(409, unlinked.statusCode(), problem);
    assertTrue(problem.contains("GL-QN-0002"), problem);
    assertEquals(403, live(LiveCameras.FIRST, "admin").statusCode());
    assertEquals(403, live(LiveCameras.FIRST, "auditor").statusCode());
    assertEquals(403, Api.get("command/live-streams", Keycloak.userToken("operator")).status());
    awaitOpenUpstreams(0, 10);
  }
}
