package vn.tcc.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Cases;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.PageTimer;
import vn.tcc.testing.TccDeployment;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.internal.zoneminder.ZoneMinderAdapter;

/**
 * A fault of the conditions of service: the real ZoneMinder stops answering under a running TCC —
 * its web server (the API TCC talks to) frozen with SIGSTOP, the way a hung or far-away VMS looks
 * to its clients: connections are accepted and nothing comes back. Meanwhile the camera and case
 * pages answer from TCC's own data (their timings are printed), the camera linked to it turns
 * "unknown" instead of staying "online", and a new violation's evidence capture waits in its queue;
 * once ZoneMinder answers again the capture is retried and done, once.
 */
@ExtendWith(ArquillianExtension.class)
class VmsOutageIT {
  private static final String CAMERA = "GL-QN-0001";
  private static final String SOURCE = "GL-QN-VMS-OUTAGE";

  /**
   * How long ZoneMinder stays frozen at least: long enough for timeouts, the open circuit and two
   * capture attempts (retries 15 s, then 30 s apart), short enough that the next retry comes soon
   * after it returns (the test command's time is shared by every suite).
   */
  private static final Duration FROZEN = Duration.ofSeconds(25);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static final ZoneMinderAdapter ZM = EvidenceCaptureIT.ZM;

  @Test
  void pages_stay_quick_cameras_turn_unknown_and_evidence_is_captured_when_the_vms_returns()
      throws Exception {
    String admin = Keycloak.userToken("admin");
    String supervisor = Keycloak.userToken("supervisor");
    String externalId = linkedMonitor(admin);
    VmsHealthIT.waitFor(
        CAMERA + " online", "cameras/" + CAMERA, c -> "ONLINE".equals(c.getString("health")), 120);

    // A recording to take evidence from, made while ZoneMinder answers: a plate read (not a
    // violation, so TCC's own feed of it opens no case and captures nothing).
    VmsRecording recording = freshRecording(externalId);

    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      PageTimer before = new PageTimer(browser);
      for (int i = 0; i < 5; i++) {
        pages(before, null);
      }
      before.report("VmsOutageIT: pages with ZoneMinder answering");

      PageTimer during = new PageTimer(browser);
      // The current frame is an image the camera page loads after it is drawn: it needs the VMS, so
      // while ZoneMinder is frozen it is refused (503); its times are printed apart from the pages.
      PageTimer frames = new PageTimer(browser);
      boolean pageSaidUnknown = false;
      List<ProcessHandle> zoneminder = zoneminderWebServer();
      long eventId;
      String caseNumber;
      long unknownAfterMillis = -1;
      int captureAttemptsDuring;
      long frozenAt = System.currentTimeMillis();
      signal("STOP", zoneminder);
      try {
        eventId = violationOn(recording);
        caseNumber = Cases.numberOf(eventId, Duration.ofSeconds(30));
        long seenUnknown = -1;
        while (System.currentTimeMillis() - frozenAt < FROZEN.toMillis() || seenUnknown < 0) {
          assertTrue(
              System.currentTimeMillis() - frozenAt < 150_000,
              CAMERA + " never turned unknown while ZoneMinder was frozen");
          pages(during, caseNumber);
          frames.get("current frame (image)", "/command/frame/" + CAMERA);
          List<PageTimer.Answer> cameraPages = during.answers("camera page");
          String page = cameraPages.get(cameraPages.size() - 1).body();
          String health = Api.get("cameras/" + CAMERA, admin).json().getString("health");
          if (seenUnknown >= 0) {
            assertNotEquals("ONLINE", health, "not stale online once it turned unknown");
          } else if ("UNKNOWN".equals(health)) {
            seenUnknown = System.currentTimeMillis();
            unknownAfterMillis = seenUnknown - frozenAt;
          }
          pageSaidUnknown |= seenUnknown >= 0 && page.contains("tcc-health-UNKNOWN");
          Thread.sleep(300);
        }
        if (!pageSaidUnknown) {
          pageSaidUnknown =
              during
                  .get("camera page", "/camera/view.xhtml?code=" + CAMERA)
                  .body()
                  .contains("tcc-health-UNKNOWN");
        }
        assertTrue(pageSaidUnknown, "the camera page shows " + CAMERA + " as unknown");
        String shown =
            during.answers("camera page").get(during.answers("camera page").size() - 1).body();
        assertTrue(shown.contains("Chưa rõ"), "said in the officer's language");
        Map<String, Object> capture = capture(eventId);
        assertEquals("PENDING", capture.get("state"), "queued, not given up: " + capture);
        captureAttemptsDuring = ((Number) capture.get("attempts")).intValue();
        assertTrue(captureAttemptsDuring >= 1, "tried while ZoneMinder was frozen: " + capture);
      } finally {
        signal("CONT", zoneminder);
      }
      long resumedAt = System.currentTimeMillis();
      String figuresDuring =
          during.report(
              "VmsOutageIT: pages with ZoneMinder frozen ("
                  + (resumedAt - frozenAt) / 1000
                  + " s; "
                  + CAMERA
                  + " unknown after "
                  + unknownAfterMillis / 1000
                  + " s; capture attempts while frozen "
                  + captureAttemptsDuring
                  + ")");
      frames.report(
          "VmsOutageIT: the camera's current frame (an image, needs the VMS) while frozen");
      assertEquals(Map.of(), before.unexpected(200), "every page answered 200 before");
      assertEquals(Map.of(), during.unexpected(200), "every page answered 200: " + figuresDuring);
      for (String label :
          List.of("camera list", "camera page", "map", "case search", "case page")) {
        for (PageTimer.Answer page : during.answers(label)) {
          assertTrue(page.body().contains("tcc-user-name"), label + " is TCC's signed-in page");
        }
      }

      // ZoneMinder is back: the capture is retried and done, with one frame and one clip.
      JsonObject evidence =
          VmsHealthIT.waitFor(
              "the capture of event " + eventId + " after ZoneMinder returned",
              "events/" + eventId + "/evidence",
              supervisor,
              e -> !"PENDING".equals(e.getJsonObject("capture").getString("state")),
              300);
      long capturedAfter = System.currentTimeMillis() - resumedAt;
      assertEquals(
          "DONE", evidence.getJsonObject("capture").getString("state"), evidence.toString());
      List<String> kinds =
          evidence.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .map(i -> i.getString("kind"))
              .sorted()
              .toList();
      assertEquals(List.of("clip", "snapshot"), kinds, "captured once, nothing twice");
      Map<String, Object> capture = capture(eventId);
      int attempts = ((Number) capture.get("attempts")).intValue();
      assertTrue(attempts > captureAttemptsDuring, "retried after the outage: " + capture);
      assertEquals(
          2L,
          count("SELECT count(*) FROM vms.event_evidence WHERE event_id = ?", eventId),
          "two files linked to the event, not more");
      System.out.printf(
          "VmsOutageIT: evidence of event %d (case %s) captured %d s after ZoneMinder returned,"
              + " in %d attempts (%d while frozen)%n",
          eventId, caseNumber, capturedAfter / 1000, attempts, captureAttemptsDuring);

      VmsHealthIT.waitFor(
          CAMERA + " back online",
          "cameras/" + CAMERA,
          c -> "ONLINE".equals(c.getString("health")),
          180);
      PageTimer after = new PageTimer(browser);
      for (int i = 0; i < 5; i++) {
        pages(after, caseNumber);
      }
      after.report("VmsOutageIT: pages after ZoneMinder returned");
      assertEquals(Map.of(), after.unexpected(200));
    }
  }

  /** One round of the pages an officer uses; the case page once there is a case. */
  private static void pages(PageTimer timer, String caseNumber) throws Exception {
    timer.get("camera list", "/camera/list.xhtml");
    timer.get("camera page", "/camera/view.xhtml?code=" + CAMERA);
    timer.get("map", "/camera/map.xhtml");
    timer.get("case search", "/violation/cases.xhtml");
    if (caseNumber != null) {
      timer.get("case page", "/violation/case.xhtml?number=" + caseNumber);
    }
  }

  /** The ZoneMinder monitor of {@link #CAMERA}, linked to it if an earlier test did not. */
  private static String linkedMonitor(String admin) {
    JsonObject overview = Api.get("vms/connections/ZM-DEMO/cameras", admin).json();
    JsonObject monitor =
        overview.getJsonArray("vmsCameras").stream()
            .map(JsonValue::asJsonObject)
            .filter(row -> CAMERA.equals(row.getString("name")))
            .findFirst()
            .orElseThrow();
    String externalId = monitor.getString("externalId");
    if (!CAMERA.equals(monitor.getString("linkedCameraCode", null))) {
      Api.Answer linked =
          Api.post(
              "vms/connections/ZM-DEMO/links",
              admin,
              "{\"externalId\":\"%s\",\"cameraCode\":\"%s\",\"reason\":\"Nối camera vào ZoneMinder\"}"
                  .formatted(externalId, CAMERA));
      assertEquals(204, linked.status(), linked.body());
    }
    return externalId;
  }

  /** Raises a short event on the monitor and waits until ZoneMinder has closed its recording. */
  private static VmsRecording freshRecording(String externalId) throws Exception {
    Instant raised = Instant.now();
    String plate = "81A" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    ZM.raiseEvent(
        externalId, new VmsEventRequest("ANPR", "plate=" + plate, Duration.ofSeconds(3), 200));
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
      List<VmsRecording> closed =
          ZM.recordings(externalId, raised.minusSeconds(120), Instant.now()).stream()
              .filter(r -> !r.start().isBefore(raised.minusSeconds(5)) && r.end() != null)
              .toList();
      if (!closed.isEmpty()) {
        return closed.get(closed.size() - 1);
      }
    }
    throw new AssertionError("ZoneMinder recorded nothing for the raised event");
  }

  /** A red-light violation whose image is the recording in ZoneMinder; returns its event id. */
  private static long violationOn(VmsRecording recording) {
    int n = ThreadLocalRandom.current().nextInt(100_000);
    String plate = String.format("81A-%03d.%02d", n / 100, n % 100);
    String event =
        """
        {"events":[{"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
          "type":"RED_LIGHT","plate":"%s","plateConfidence":95.0,"vehicleClass":"CAR","lane":"1",
          "images":[{"kind":"overview","vms":"ZM-DEMO","recordingId":"%s"}]}]}
        """
            .formatted(
                SOURCE,
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                CAMERA,
                recording.start().plusSeconds(1).atOffset(ZoneOffset.ofHours(7)),
                plate,
                recording.recordingId());
    Api.Answer answer =
        Api.post(
            "events", Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"), event);
    assertEquals(200, answer.status(), "ingestion does not wait for the VMS: " + answer.body());
    JsonObject item = answer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), item.toString());
    return item.getJsonNumber("eventId").longValue();
  }

  private static Map<String, Object> capture(long eventId) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT state, attempts, coalesce(outcome, '') FROM vms.evidence_capture"
                    + " WHERE event_id = ?")) {
      query.setLong(1, eventId);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "a capture is queued for event " + eventId);
        return Map.of(
            "state", row.getString(1), "attempts", row.getInt(2), "outcome", row.getString(3));
      }
    }
  }

  private static long count(String sql, long parameter) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * ZoneMinder's Apache as bin/zoneminder started it (its own httpd.conf): the parent and its
   * workers, so that nothing of it answers while stopped.
   */
  private static List<ProcessHandle> zoneminderWebServer() {
    List<ProcessHandle> found =
        ProcessHandle.allProcesses()
            .filter(
                p -> {
                  String line = commandLine(p);
                  return line.startsWith("apache2")
                      && line.contains("config/zoneminder/httpd.conf");
                })
            .toList();
    assertFalse(found.isEmpty(), "ZoneMinder's Apache runs");
    return found;
  }

  /** The command line from /proc (ProcessHandle leaves it out for other users' processes). */
  private static String commandLine(ProcessHandle process) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      String[] words = new String(raw, StandardCharsets.UTF_8).split("\0");
      String program = words[0].substring(words[0].lastIndexOf('/') + 1);
      return program + " " + String.join(" ", List.of(words).subList(1, words.length));
    } catch (IOException | RuntimeException gone) {
      return "";
    }
  }

  private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    processes.stream()
        .filter(ProcessHandle::isAlive)
        .map(p -> Long.toString(p.pid()))
        .forEach(command::add);
    Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal + " ended");
    assertEquals(0, kill.exitValue(), String.join(" ", command));
    System.out.println("VmsOutageIT: " + String.join(" ", command));
  }
}
