package vn.tcc.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * TCC and the real ZoneMinder that the test command starts: the demo connection (secret never
 * shown), linking a ZoneMinder camera to a registry camera, its health following the synthetic
 * camera going offline and coming back, and a VMS that does not answer.
 */
@ExtendWith(ArquillianExtension.class)
class VmsHealthIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  static void zoneminder(String command, String camera) throws IOException, InterruptedException {
    String control = System.getProperty("tcc.zm.control");
    if (control == null || control.isBlank()) {
      throw new IllegalStateException("tcc.zm.control is not set: run the tests with bin/tcc test");
    }
    Process process = new ProcessBuilder(control, command, camera).inheritIO().start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " took too long");
    assertEquals(0, process.exitValue(), command + " " + camera);
  }

  static JsonObject waitFor(String what, String path, Predicate<JsonObject> until, int seconds)
      throws InterruptedException {
    return waitFor(what, path, Keycloak.userToken("admin"), until, seconds);
  }

  /** Asks {@code path} every 2 s until its JSON answer satisfies {@code until}. */
  static JsonObject waitFor(
      String what, String path, String token, Predicate<JsonObject> until, int seconds)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    String last = null;
    while (System.currentTimeMillis() < deadline) {
      Api.Answer answer = Api.get(path, token);
      last = answer.status() + " " + answer.body();
      if (answer.status() == 200 && until.test(answer.json())) {
        return answer.json();
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError(what + " did not happen within " + seconds + " s; last: " + last);
  }

  private static JsonObject row(JsonObject overview, String name) {
    return overview.getJsonArray("vmsCameras").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> name.equals(r.getString("name")))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("ZoneMinder has no camera " + name + ": " + overview));
  }

  @Test
  void the_demo_zoneminder_is_connected_and_its_secret_is_never_shown() {
    String admin = Keycloak.userToken("admin");
    Api.Answer list = Api.get("vms/connections", admin);
    assertEquals(200, list.status());
    JsonArray connections =
        jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray();
    JsonObject demo =
        connections.stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> "ZM-DEMO".equals(c.getString("code")))
            .findFirst()
            .orElseThrow();
    assertTrue(demo.getBoolean("hasSecret"));
    assertFalse(demo.containsKey("secret"));
    assertFalse(list.body().contains("secretCiphertext"));
    assertEquals(403, Api.get("vms/connections", Keycloak.userToken("officer")).status());
    assertEquals(403, Api.get("vms/connections", Keycloak.userToken("supervisor")).status());

    String body =
        """
        {"code":"ZM-X","name":"x","jurisdictionCode":"GL","baseUrl":"http://u:p@127.0.0.1:8088/zm","username":"a"}
        """;
    Api.Answer refused = Api.post("vms/connections", admin, body);
    assertEquals(422, refused.status());
    List<String> fields =
        refused.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertEquals(List.of("baseUrl", "secret"), fields.stream().sorted().toList());
  }

  @Test
  void a_vms_that_does_not_answer_is_reported_quickly_not_waited_for() {
    String admin = Keycloak.userToken("admin");
    String body =
        """
        {"code":"ZM-DOWN","name":"Không trả lời","jurisdictionCode":"GL","baseUrl":"http://127.0.0.1:9/zm","username":"admin",
         "secret":"x","timeoutMillis":1000,"pollSeconds":3600}
        """;
    int created = Api.post("vms/connections", admin, body).status();
    assertTrue(created == 201 || created == 422, "created now or by an earlier run");
    long start = System.currentTimeMillis();
    Api.Answer cameras = Api.get("vms/connections/ZM-DOWN/cameras", admin);
    assertEquals(503, cameras.status(), cameras.body());
    assertTrue(cameras.contentType().startsWith("application/problem+json"));
    assertTrue(
        System.currentTimeMillis() - start < 15_000, "answered within the timeout and retries");
  }

  @Test
  void an_admin_links_a_zoneminder_camera_and_its_health_follows_the_camera() throws Exception {
    String admin = Keycloak.userToken("admin");
    JsonObject overview = Api.get("vms/connections/ZM-DEMO/cameras", admin).json();
    JsonObject first = row(overview, "GL-QN-0001");
    JsonObject second = row(overview, "ZM-CAM-02");
    if (!first.containsKey("linkedCameraCode")) { // JSON-B leaves nulls out
      assertEquals(
          "GL-QN-0001", first.getString("suggestedCameraCode"), "suggested by matching code");
    }

    Api.Answer noReason =
        Api.post(
            "vms/connections/ZM-DEMO/links",
            admin,
            "{\"externalId\":\"%s\",\"cameraCode\":\"GL-QN-0003\"}"
                .formatted(second.getString("externalId")));
    assertEquals(422, noReason.status());
    assertEquals(
        403,
        Api.post(
                "vms/connections/ZM-DEMO/links",
                Keycloak.userToken("officer"),
                "{\"externalId\":\"1\",\"cameraCode\":\"GL-QN-0003\",\"reason\":\"x\"}")
            .status());
    Api.Answer linked =
        Api.post(
            "vms/connections/ZM-DEMO/links",
            admin,
            "{\"externalId\":\"%s\",\"cameraCode\":\"GL-QN-0003\",\"reason\":\"Lắp đặt xong, nối vào ZoneMinder\"}"
                .formatted(second.getString("externalId")));
    assertEquals(204, linked.status(), linked.body());
    JsonObject history = Api.get("cameras/GL-QN-0003/history", admin).json();
    assertTrue(history.toString().contains("vmsExternalId"), history.toString());

    waitFor(
        "GL-QN-0003 online", "cameras/GL-QN-0003", c -> "ONLINE".equals(c.getString("health")), 90);
    zoneminder("camera-stop", "cam2");
    try {
      waitFor(
          "GL-QN-0003 offline",
          "cameras/GL-QN-0003",
          c -> "OFFLINE".equals(c.getString("health")),
          120);
      // The demo connection alerts after one minute offline.
      JsonObject alerts =
          waitFor(
              "an offline alert",
              "vms/alerts",
              a ->
                  a.getJsonArray("alerts").stream()
                      .anyMatch(x -> x.asJsonObject().getString("cameraCode").equals("GL-QN-0003")),
              150);
      assertFalse(alerts.getJsonArray("alerts").isEmpty());
    } finally {
      zoneminder("camera-start", "cam2");
    }
    waitFor(
        "GL-QN-0003 back online",
        "cameras/GL-QN-0003",
        c -> "ONLINE".equals(c.getString("health")),
        120);
  }
}
