package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraState;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsExport;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsVersion;

/**
 * The ZoneMinder adapter against a real ZoneMinder 1.36: the peer that {@code bin/zoneminder up}
 * starts (monitors GL-QN-0001 on cam1 and ZM-CAM-02 on cam2). Plain JUnit, run by failsafe; bin/tcc
 * test starts the peer and passes tcc.zm.url, tcc.zm.user, tcc.zm.password and tcc.zm.control.
 *
 * <p>Tests can run again and again on the same peer: each one looks only at events after a cursor
 * it takes first, and uses plates of its own.
 */
class ZoneMinderContractIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static String url;
  private static String user;
  private static String password;
  private static String control;
  private static ZoneMinderAdapter zm;
  private static String glQn;
  private static String camera2;

  @BeforeAll
  static void connect() {
    url = required("tcc.zm.url");
    user = required("tcc.zm.user");
    password = required("tcc.zm.password");
    control = required("tcc.zm.control");
    zm = adapter(url, password, TIMEOUT);
    try {
      zm.ping();
    } catch (VmsUnavailable e) {
      fail(
          "ZoneMinder does not answer at "
              + url
              + " (start it with bin/zoneminder up): "
              + e.getMessage());
    }
    glQn = monitorNamed("GL-QN-0001").externalId();
    camera2 = monitorNamed("ZM-CAM-02").externalId();
    awaitState(glQn, VmsCameraState.ONLINE, Duration.ofSeconds(60));
    awaitState(camera2, VmsCameraState.ONLINE, Duration.ofSeconds(60));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      fail(
          "System property "
              + property
              + " is not set: run through bin/tcc test, or start bin/zoneminder up and pass"
              + " -Dtcc.zm.url=http://127.0.0.1:8088/zm -Dtcc.zm.user=admin -Dtcc.zm.password=admin");
    }
    return value;
  }

  private static ZoneMinderAdapter adapter(String base, String secret, Duration timeout) {
    return new ZoneMinderAdapter(
        new VmsConnectionSettings("ZM-IT", "ZoneMinder", URI.create(base), user, secret, timeout),
        HttpClient.newBuilder().connectTimeout(timeout).build());
  }

  private static VmsCamera monitorNamed(String name) {
    return zm.cameras().stream()
        .filter(c -> name.equals(c.name()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "ZoneMinder has no monitor " + name + " (bin/zoneminder up creates it)"));
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void ping_reports_zoneminder_1_36_and_its_api_version() {
    VmsVersion version = zm.ping();

    assertEquals("ZoneMinder", version.product());
    assertTrue(version.version().startsWith("1.36."), version.version());
    assertEquals("2.0", version.apiVersion());
  }

  @Test
  void both_test_monitors_are_listed_with_their_names_sources_and_sizes() {
    List<VmsCamera> cameras = zm.cameras();

    VmsCamera gl =
        cameras.stream().filter(c -> c.externalId().equals(glQn)).findFirst().orElseThrow();
    VmsCamera second =
        cameras.stream().filter(c -> c.externalId().equals(camera2)).findFirst().orElseThrow();
    assertEquals("GL-QN-0001", gl.name());
    assertEquals("rtsp://127.0.0.1:8554/cam1", gl.streamUri());
    assertTrue(gl.enabled());
    assertEquals(320, gl.width());
    assertEquals(180, gl.height());
    assertEquals("ZM-CAM-02", second.name());
    assertEquals("rtsp://127.0.0.1:8554/cam2", second.streamUri());
    assertEquals(Optional.of(gl), zm.camera(glQn));
    assertEquals(Optional.empty(), zm.camera("999999"));
  }

  @Test
  void both_monitors_are_online_and_an_unknown_id_is_unknown() {
    awaitState(glQn, VmsCameraState.ONLINE, Duration.ofSeconds(90));
    awaitState(camera2, VmsCameraState.ONLINE, Duration.ofSeconds(90));

    Map<String, VmsCameraStatus> statuses = zm.status(List.of(glQn, camera2, "999999"));

    assertEquals(VmsCameraState.ONLINE, statuses.get(glQn).state(), statuses.get(glQn).detail());
    assertEquals(
        VmsCameraState.ONLINE, statuses.get(camera2).state(), statuses.get(camera2).detail());
    assertTrue(statuses.get(glQn).frameRate() > 1, statuses.get(glQn).detail());
    assertTrue(statuses.get(glQn).detail().startsWith("Connected"), statuses.get(glQn).detail());
    assertEquals(VmsCameraState.UNKNOWN, statuses.get("999999").state());
  }

  @Test
  void a_live_snapshot_is_a_jpeg_of_the_camera() {
    VmsMedia image = zm.snapshot(glQn, null);

    assertEquals("image/jpeg", image.mediaType());
    assertTrue(ZoneMinderMedia.isJpeg(image.content()));
    assertTrue(image.size() > 1024, image.size() + " bytes");
    assertEquals(
        URI.create(url + "/cgi-bin/nph-zms?mode=jpeg&monitor=" + glQn + "&scale=100"),
        zm.liveStreamUri(glQn));
  }

  @Test
  void a_raised_event_comes_back_with_its_cause_and_the_attributes_of_its_notes() {
    VmsEventCursor cursor = lastEvent();
    Instant before = Instant.now();

    zm.raiseEvent(
        glQn,
        new VmsEventRequest("ANPR", "plate=81A12345 speed=92/70", Duration.ofSeconds(3), 255));
    VmsEvent event = awaitEvent(cursor, "81A12345");

    try {
      assertEquals(glQn, event.cameraExternalId());
      assertEquals("ANPR", event.cause());
      assertEquals("81A12345", event.attributes().get("plate"));
      assertEquals("92/70", event.attributes().get("speed"));
      assertTrue(event.notes().contains("plate=81A12345 speed=92/70"), event.notes());
      assertNotNull(event.end());
      // ZM keeps whole seconds and a few frames before the alarm.
      assertTrue(event.start().isAfter(before.minusSeconds(10)), event.start() + " vs " + before);
      assertTrue(event.end().isBefore(Instant.now().plusSeconds(2)), event.end().toString());
      List<VmsRecording> recordings = zm.recordings(glQn, before.minusSeconds(5), Instant.now());
      assertTrue(
          recordings.stream().anyMatch(r -> r.recordingId().equals(event.eventId())),
          "recordings " + recordings + " lack event " + event.eventId());
      assertTrue(
          zm.recordings(camera2, before.minusSeconds(5), Instant.now()).stream()
              .noneMatch(r -> r.recordingId().equals(event.eventId())));
    } finally {
      zm.delete(event.eventId());
    }
  }

  @Test
  void a_recorded_event_has_an_mp4_clip_and_a_jpeg_at_a_time_inside_it() {
    VmsEvent event = raise(glQn, "Speed");
    try {
      VmsMedia clip = zm.clip(event.eventId());
      Instant middle =
          event.start().plus(Duration.between(event.start(), event.end()).dividedBy(2));
      VmsMedia frame = zm.snapshot(glQn, middle);

      assertEquals("video/mp4", clip.mediaType());
      assertTrue(ZoneMinderMedia.isMp4(clip.content()));
      assertTrue(clip.size() > 10 * 1024, clip.size() + " bytes");
      assertEquals("image/jpeg", frame.mediaType());
      assertTrue(ZoneMinderMedia.isJpeg(frame.content()));
      assertTrue(frame.size() > 1024, frame.size() + " bytes");
      assertThrows(
          vn.tcc.vms.api.VmsNotFound.class,
          () -> zm.snapshot(glQn, Instant.parse("2001-01-01T00:00:00Z")));
    } finally {
      zm.delete(event.eventId());
    }
  }

  @Test
  void a_protected_event_is_not_deleted_until_unprotected_and_then_it_is_gone() {
    VmsEventCursor cursor = lastEvent();
    VmsEvent event = raise(glQn, "Evidence");
    String id = event.eventId();
    try {
      zm.protect(id);
      assertEquals(VmsDeletion.LOCKED, zm.delete(id));
      assertTrue(
          zm.eventsSince(cursor, 100).stream()
              .anyMatch(e -> e.eventId().equals(id) && e.protectedFromDeletion()));
      assertTrue(
          recordingsAround(event).stream()
              .anyMatch(r -> r.recordingId().equals(id) && r.protectedFromDeletion()));
    } finally {
      zm.unprotect(id);
    }

    assertEquals(VmsDeletion.DELETED, zm.delete(id));
    assertTrue(zm.eventsSince(cursor, 100).stream().noneMatch(e -> e.eventId().equals(id)));
    assertTrue(recordingsAround(event).stream().noneMatch(r -> r.recordingId().equals(id)));
    assertEquals(VmsDeletion.NOT_FOUND, zm.delete(id));
  }

  @Test
  void an_export_is_a_zip_holding_the_events_video() throws IOException {
    VmsEvent event = raise(glQn, "Export");
    try {
      VmsExport export = zm.startExport(List.of(event.eventId()));
      VmsMedia zip = zm.exportResult(export).orElseThrow();

      assertEquals("application/zip", zip.mediaType());
      List<String> names = new ArrayList<>();
      long videoBytes = 0;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          names.add(entry.getName());
          byte[] bytes = in.readAllBytes();
          if (entry
              .getName()
              .endsWith("/" + event.eventId() + "/" + event.eventId() + "-video.mp4")) {
            videoBytes = bytes.length;
            assertTrue(ZoneMinderMedia.isMp4(bytes));
          }
        }
      }
      assertTrue(videoBytes > 10 * 1024, "video of the event in " + names);
    } finally {
      zm.delete(event.eventId());
    }
  }

  @Test
  void a_wrong_password_is_unavailable_and_the_message_does_not_show_it() {
    String wrong = "wrong-" + ThreadLocalRandom.current().nextInt(1_000_000);
    VmsAdapter denied = adapter(url, wrong, TIMEOUT);

    VmsUnavailable e = assertThrows(VmsUnavailable.class, denied::cameras);

    assertFalse(e.getMessage().contains(wrong), e.getMessage());
    assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
  }

  @Test
  void an_unreachable_zoneminder_is_unavailable_within_the_timeout() {
    VmsAdapter nowhere = adapter("http://127.0.0.1:9/zm", password, Duration.ofSeconds(3));

    long start = System.nanoTime();
    assertThrows(VmsUnavailable.class, nowhere::ping);
    assertThrows(VmsUnavailable.class, () -> nowhere.status(List.of("1")));

    assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 7);
  }

  @Test
  void a_camera_taken_offline_is_offline_and_online_again_when_it_comes_back() throws Exception {
    Instant stopped = Instant.now();
    try {
      control("camera-stop", "cam2");
      VmsCameraStatus offline = awaitState(camera2, VmsCameraState.OFFLINE, Duration.ofSeconds(90));
      System.out.printf(
          "ZM-CAM-02 OFFLINE %d s after its source stopped (%s)%n",
          Duration.between(stopped, Instant.now()).toSeconds(), offline.detail());
      assertEquals(VmsCameraState.ONLINE, zm.status(List.of(glQn)).get(glQn).state());
    } finally {
      control("camera-start", "cam2");
    }
    Instant started = Instant.now();
    awaitState(camera2, VmsCameraState.ONLINE, Duration.ofSeconds(90));
    System.out.printf(
        "ZM-CAM-02 ONLINE %d s after its source came back%n",
        Duration.between(started, Instant.now()).toSeconds());
  }

  // ------------------------------------------------------------------ helpers

  /** Raises an event with a plate of its own on the monitor and waits until ZM closed it. */
  private static VmsEvent raise(String monitor, String cause) {
    VmsEventCursor cursor = lastEvent();
    String plate = "81A" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    zm.raiseEvent(
        monitor,
        new VmsEventRequest(
            cause, "plate=" + plate + " test=contract", Duration.ofSeconds(3), 200));
    return awaitEvent(cursor, plate);
  }

  private static VmsEvent awaitEvent(VmsEventCursor cursor, String plate) {
    return await(
        "an event with plate " + plate,
        Duration.ofSeconds(30),
        () ->
            zm.eventsSince(cursor, 100).stream()
                .filter(e -> plate.equals(e.attributes().get("plate")))
                .findFirst());
  }

  /** A cursor at the newest event ZM has now (reading on from the start, 500 at a time). */
  private static VmsEventCursor lastEvent() {
    VmsEventCursor cursor = VmsEventCursor.START;
    for (List<VmsEvent> page = zm.eventsSince(cursor, 500);
        !page.isEmpty();
        page = zm.eventsSince(cursor, 500)) {
      cursor = new VmsEventCursor(page.get(page.size() - 1).eventId());
    }
    return cursor;
  }

  private static List<VmsRecording> recordingsAround(VmsEvent event) {
    return zm.recordings(
        event.cameraExternalId(), event.start().minusSeconds(1), event.end().plusSeconds(1));
  }

  private static VmsCameraStatus awaitState(String monitor, VmsCameraState state, Duration within) {
    return await(
        "monitor " + monitor + " " + state,
        within,
        () ->
            Optional.of(zm.status(List.of(monitor)).get(monitor)).filter(s -> s.state() == state));
  }

  private static <T> T await(String what, Duration within, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No " + what + " within " + within.toSeconds() + " s");
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for " + what);
      }
    }
  }

  /** Runs bin/zoneminder (tcc.zm.control) with the arguments; it must succeed within 30 s. */
  private static void control(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(control);
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish within 30 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
  }
}
