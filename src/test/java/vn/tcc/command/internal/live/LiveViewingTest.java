package vn.tcc.command.internal.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CapturedRequest;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.vms.api.LiveStreams;
import vn.tcc.vms.api.VmsLiveStream;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;

class LiveViewingTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final JurisdictionCode PLEIKU = new JurisdictionCode("GL.PLEIKU");

  private final Map<String, CameraReference> registry = new HashMap<>();
  private final List<AuditRecord> audited = new ArrayList<>();
  private final AtomicInteger upstreams = new AtomicInteger();
  private AccessReason sharingAnswer = AccessReason.NOT_A_SHARED_CAMERA;
  private final Map<SharedDataType, AccessReason> sharingByType = new HashMap<>();
  private Instant recordedFrom = Instant.parse("2026-12-07T01:00:00Z");
  private boolean vmsDown;
  private LiveViewing viewing;

  @BeforeEach
  void setUp() {
    registry.put("GL-QN-0001", camera("GL-QN-0001", QUY_NHON, "ZM-DEMO", "1"));
    registry.put("GL-PK-0001", camera("GL-PK-0001", PLEIKU, "ZM-DEMO", "2"));
    registry.put("GL-QN-0002", camera("GL-QN-0002", QUY_NHON, null, null));
    viewing = new LiveViewing();
    viewing.cameras = new Registry();
    viewing.streams = new Streams();
    viewing.sharing =
        (code, type, purpose, unit, at) -> {
          AccessReason answer = sharingByType.getOrDefault(type, sharingAnswer);
          return new SharedAccessDecision(answer.allows(), answer, null);
        };
    viewing.audit = audited::add;
  }

  private static CameraReference camera(
      String code, JurisdictionCode where, String vms, String externalId) {
    return new CameraReference(code, code, where, CameraStatus.OPERATIONAL, vms, externalId);
  }

  private static Caller user(String name, String role, JurisdictionCode where) {
    return new Caller(name, name, Caller.Kind.USER, Set.of(role), where);
  }

  @Test
  void an_officer_of_quy_nhon_is_refused_a_pleiku_camera_and_the_refusal_is_audited() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> viewing.open(user("officer", Role.OFFICER, QUY_NHON), "GL-PK-0001", 50));
    assertEquals(403, refused.status());
    AuditRecord entry = audited.get(audited.size() - 1);
    assertEquals(LiveViewing.REFUSED, entry.action());
    assertEquals(AuditOutcome.DENIED, entry.outcome());
    assertEquals("GL-PK-0001", entry.objectId());
    assertEquals(0, upstreams.get());
  }

  @Test
  void admins_auditors_and_coordinators_do_not_watch() {
    for (String role : List.of(Role.ADMIN, Role.AUDITOR, Role.COORDINATOR)) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () -> viewing.open(user("x", role, new JurisdictionCode("GL")), "GL-QN-0001", 50));
      assertEquals(403, refused.status(), role);
    }
  }

  @Test
  void hostile_and_unknown_codes_are_not_found() {
    Caller operator = user("operator", Role.OPERATOR, new JurisdictionCode("GL"));
    for (String code : List.of("NOPE", "a\u0000b", "x".repeat(100_000), "", "../etc")) {
      assertEquals(
          404,
          assertThrows(ProblemException.class, () -> viewing.open(operator, code, 50)).status());
    }
    assertEquals(
        404, assertThrows(ProblemException.class, () -> viewing.open(operator, null, 50)).status());
  }

  @Test
  void a_camera_without_vms_link_is_a_conflict_and_a_vms_down_is_unavailable() {
    Caller operator = user("operator", Role.OPERATOR, new JurisdictionCode("GL"));
    assertEquals(
        409,
        assertThrows(ProblemException.class, () -> viewing.open(operator, "GL-QN-0002", 50))
            .status());
    vmsDown = true;
    assertEquals(
        503,
        assertThrows(ProblemException.class, () -> viewing.open(operator, "GL-QN-0001", 50))
            .status());
    assertEquals(0, viewing.openBy("operator"));
  }

  @Test
  void a_snapshot_passes_the_live_views_checks_and_is_audited() {
    Caller officer = user("officer", Role.OFFICER, QUY_NHON);
    assertEquals(2, viewing.snapshot(officer, "GL-QN-0001").size());
    AuditRecord entry = audited.get(audited.size() - 1);
    assertEquals(LiveViewing.SNAPSHOT, entry.action());
    assertEquals("GL-QN-0001", entry.objectId());
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> viewing.snapshot(officer, "GL-PK-0001"))
            .status());
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> viewing.snapshot(user("admin", Role.ADMIN, QUY_NHON), "GL-QN-0001"))
            .status());
    vmsDown = true;
    assertEquals(
        503,
        assertThrows(ProblemException.class, () -> viewing.snapshot(officer, "GL-QN-0001"))
            .status());
  }

  @Test
  void a_shared_camera_outside_its_agreement_is_refused() {
    sharingAnswer = AccessReason.OUTSIDE_HOURS;
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                viewing.open(
                    user("operator", Role.OPERATOR, new JurisdictionCode("GL")), "GL-QN-0001", 50));
    assertEquals(403, refused.status());
    assertTrue(audited.get(audited.size() - 1).details().contains("OUTSIDE_HOURS"));
  }

  @Test
  void the_seventeenth_stream_of_one_user_is_refused() {
    Caller operator = user("operator", Role.OPERATOR, new JurisdictionCode("GL"));
    List<LiveViewing.LiveView> views = new ArrayList<>();
    for (int i = 0; i < LiveViewing.MAX_STREAMS_PER_USER; i++) {
      views.add(viewing.open(operator, "GL-QN-0001", 50));
    }
    assertEquals(
        429,
        assertThrows(ProblemException.class, () -> viewing.open(operator, "GL-QN-0001", 50))
            .status());
    // Another operator is not held back by the first one's wall.
    viewing.relay(
        viewing.open(
            user("operator2", Role.OPERATOR, new JurisdictionCode("GL")), "GL-PK-0001", 50),
        new ByteArrayOutputStream());
    views.forEach(v -> viewing.relay(v, new ByteArrayOutputStream()));
    assertEquals(0, viewing.openBy("operator"));
    assertEquals(0, upstreams.get());
  }

  @Test
  void the_relay_copies_the_stream_and_audits_its_opening_and_end() {
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    LiveViewing.LiveView view = viewing.open(operator, "GL-QN-0001", 50);
    assertEquals(1, upstreams.get());
    ByteArrayOutputStream client = new ByteArrayOutputStream();
    viewing.relay(view, client);
    assertArrayEquals(Streams.FRAMES, client.toByteArray());
    assertEquals(0, upstreams.get());
    List<String> actions = audited.stream().map(AuditRecord::action).toList();
    assertEquals(List.of(LiveViewing.OPENED, LiveViewing.CLOSED), actions);
    assertTrue(audited.get(0).personalData());
    assertTrue(audited.get(1).details().contains("the VMS ended the stream"));
  }

  @Test
  void a_client_that_goes_away_closes_the_vms_connection_at_once() {
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    LiveViewing.LiveView view = viewing.open(operator, "GL-QN-0001", 50);
    OutputStream gone =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    viewing.relay(view, gone);
    assertEquals(0, upstreams.get());
    assertEquals(0, viewing.openBy("operator"));
    assertTrue(audited.get(audited.size() - 1).details().contains("the viewer closed it"));
  }

  @Test
  void a_stream_is_relayed_on_a_thread_of_its_own_and_its_end_audited_for_the_viewer()
      throws Exception {
    List<CurrentRequest> auditedFor = new ArrayList<>();
    viewing.audit =
        new AuditTrail() {
          @Override
          public synchronized void record(AuditRecord record) {
            audited.add(record);
          }

          @Override
          public synchronized void recordFor(CurrentRequest origin, AuditRecord record) {
            auditedFor.add(origin);
            audited.add(record);
          }
        };
    viewing.relays = relays(2);
    CapturedRequest request =
        new CapturedRequest(user("operator", Role.OPERATOR, QUY_NHON), "10.0.0.7", "req-1");
    LiveViewing.LiveView view = viewing.open(request, "GL-QN-0001", 50);
    ByteArrayOutputStream client = new ByteArrayOutputStream();
    CountDownLatch done = new CountDownLatch(1);
    Thread[] relayThread = new Thread[1];
    viewing.relayInBackground(
        view,
        () -> {
          relayThread[0] = Thread.currentThread();
          viewing.relay(view, client);
          done.countDown();
        });
    assertTrue(done.await(5, TimeUnit.SECONDS));
    assertNotSame(Thread.currentThread(), relayThread[0]);
    assertArrayEquals(Streams.FRAMES, client.toByteArray());
    assertEquals(0, upstreams.get());
    assertEquals(List.of(request), auditedFor, "the end is the viewer's, not the system's");
    assertEquals(LiveViewing.CLOSED, audited.get(audited.size() - 1).action());
  }

  @Test
  void when_every_relay_thread_streams_one_more_is_refused_and_its_vms_connection_closed()
      throws Exception {
    viewing.relays = relays(1);
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    CountDownLatch release = new CountDownLatch(1);
    LiveViewing.LiveView first = viewing.open(operator, "GL-QN-0001", 50);
    viewing.relayInBackground(
        first,
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          viewing.relay(first, new ByteArrayOutputStream());
        });
    LiveViewing.LiveView second = viewing.open(operator, "GL-QN-0001", 50);
    assertEquals(2, upstreams.get());
    ProblemException busy =
        assertThrows(ProblemException.class, () -> viewing.relayInBackground(second, () -> {}));
    assertEquals(503, busy.status());
    assertEquals(1, upstreams.get(), "the refused stream's VMS connection is closed");
    assertEquals(1, viewing.openBy("operator"));
    viewing.end(second, "again"); // ending twice audits and counts once
    assertEquals(1, viewing.openBy("operator"));
    release.countDown();
    for (int i = 0; i < 50 && upstreams.get() > 0; i++) {
      Thread.sleep(100);
    }
    assertEquals(0, upstreams.get());
    assertEquals(0, viewing.openBy("operator"));
  }

  @Test
  void the_stream_limit_setting_falls_back_to_the_default_when_it_is_not_a_sane_number() {
    assertEquals(LiveRelays.DEFAULT_MAX_STREAMS, LiveRelays.maxStreams(null));
    assertEquals(LiveRelays.DEFAULT_MAX_STREAMS, LiveRelays.maxStreams("many"));
    assertEquals(LiveRelays.DEFAULT_MAX_STREAMS, LiveRelays.maxStreams("0"));
    assertEquals(LiveRelays.DEFAULT_MAX_STREAMS, LiveRelays.maxStreams("99999999999"));
    assertEquals(64, LiveRelays.maxStreams(" 64 "));
  }

  private static LiveRelays relays(int max) {
    LiveRelays relays = new LiveRelays();
    relays.startWith(max);
    return relays;
  }

  private final class Registry implements CameraDirectory {
    @Override
    public Map<String, CameraReference> byCodes(Collection<String> codes) {
      Map<String, CameraReference> found = new HashMap<>();
      codes.forEach(
          c -> {
            if (registry.containsKey(c)) {
              found.put(c, registry.get(c));
            }
          });
      return found;
    }

    @Override
    public Map<String, CameraCustody> custodyOf(Collection<String> codes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CameraReference> unlinked(JurisdictionCode scope) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CameraHealthState> linkedTo(String vmsCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void recordLatestEvents(Map<String, Instant> latestByCode) {
      throw new UnsupportedOperationException();
    }
  }

  /** A VMS whose stream is a few bytes; it counts open streams as the real one does. */
  private final class Streams implements LiveStreams {
    static final byte[] FRAMES = "--frame\r\nContent-Type: image/jpeg\r\n\r\nJPEG".getBytes();

    @Override
    public VmsLiveStream open(CameraReference camera, int scalePercent) {
      if (vmsDown) {
        throw new VmsUnavailable("down");
      }
      upstreams.incrementAndGet();
      InputStream body =
          new ByteArrayInputStream(FRAMES) {
            private boolean closed;

            @Override
            public void close() {
              if (!closed) {
                closed = true;
                upstreams.decrementAndGet();
              }
            }
          };
      return new VmsLiveStream("multipart/x-mixed-replace;boundary=frame", body);
    }

    /** Recordings from {@link #recordedFrom} on; before that nothing covers the moment. */
    @Override
    public VmsLiveStream openRecording(CameraReference camera, Instant at, int scalePercent) {
      if (at.isBefore(recordedFrom)) {
        throw new VmsNotFound("No recording covers " + at);
      }
      return open(camera, scalePercent);
    }

    @Override
    public VmsMedia snapshot(CameraReference camera) {
      if (vmsDown) {
        throw new VmsUnavailable("down");
      }
      return new VmsMedia("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8}, "live.jpg");
    }

    @Override
    public int openUpstreams() {
      return upstreams.get();
    }
  }

  @Test
  void playback_is_audited_from_opening_to_end_like_a_live_stream() {
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    Instant at = Instant.parse("2026-12-07T02:00:00Z");
    LiveViewing.LiveView view = viewing.openPlayback(operator, "GL-QN-0001", at, 50);
    ByteArrayOutputStream client = new ByteArrayOutputStream();
    viewing.relay(view, client);
    assertArrayEquals(Streams.FRAMES, client.toByteArray());
    assertEquals(
        List.of(LiveViewing.PLAYBACK_OPENED, LiveViewing.PLAYBACK_CLOSED),
        audited.stream().map(AuditRecord::action).toList());
    assertTrue(audited.get(0).personalData());
    assertTrue(audited.get(0).details().contains(at.toString()));
    assertEquals(0, upstreams.get());
  }

  @Test
  void playback_without_a_recording_at_that_time_is_not_found_and_holds_no_stream() {
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    ProblemException none =
        assertThrows(
            ProblemException.class,
            () ->
                viewing.openPlayback(
                    operator, "GL-QN-0001", Instant.parse("2026-12-06T00:00:00Z"), 50));
    assertEquals(404, none.status());
    assertEquals("command.playback.noRecording", none.messageKey());
    assertEquals(0, viewing.openBy("operator"));
    // A moment still to come has no recording either, and the VMS is not asked.
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () ->
                    viewing.openPlayback(
                        operator, "GL-QN-0001", Instant.now().plusSeconds(3600), 50))
            .status());
  }

  @Test
  void a_playback_without_a_readable_time_is_refused_for_the_camera_first_then_for_the_time() {
    Caller quyNhon = user("officer", Role.OFFICER, QUY_NHON);
    // Another ward's camera: the refusal every other call gets, audited, not "choose a time".
    for (String at : java.util.Arrays.asList(null, "", "yesterday", "+999999999-12-31T23:59:59Z")) {
      ProblemException refused =
          assertThrows(
              ProblemException.class, () -> viewing.playbackMoment(quyNhon, "GL-PK-0001", at));
      assertEquals(403, refused.status(), String.valueOf(at));
      assertEquals(LiveViewing.PLAYBACK_REFUSED, audited.get(audited.size() - 1).action());
    }
    ProblemException auditor =
        assertThrows(
            ProblemException.class,
            () ->
                viewing.playbackMoment(
                    user("auditor", Role.AUDITOR, new JurisdictionCode("GL")), "GL-QN-0001", null));
    assertEquals(403, auditor.status());
    // His own camera: the time is what is wrong.
    ProblemException noTime =
        assertThrows(
            ProblemException.class, () -> viewing.playbackMoment(quyNhon, "GL-QN-0001", null));
    assertEquals(400, noTime.status());
    assertEquals("command.playback.noTime", noTime.messageKey());
    assertEquals(
        Instant.parse("2026-12-07T02:30:00Z"),
        viewing.playbackMoment(quyNhon, "GL-QN-0001", "2026-12-07T09:30"));
  }

  @Test
  void playback_asks_the_agreement_for_recordings_and_the_refusal_is_audited_as_such() {
    sharingByType.put(SharedDataType.RECORDINGS, AccessReason.OUTSIDE_HOURS);
    Caller operator = user("operator", Role.OPERATOR, QUY_NHON);
    // Live view is covered, recordings are not.
    viewing.relay(viewing.open(operator, "GL-QN-0001", 50), new ByteArrayOutputStream());
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                viewing.openPlayback(
                    operator, "GL-QN-0001", Instant.parse("2026-12-07T02:00:00Z"), 50));
    assertEquals(403, refused.status());
    assertEquals("command.playback.notShared", refused.messageKey());
    AuditRecord entry = audited.get(audited.size() - 1);
    assertEquals(LiveViewing.PLAYBACK_REFUSED, entry.action());
    assertEquals(AuditOutcome.DENIED, entry.outcome());
    // Another commune's camera is refused as live is.
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () ->
                    viewing.openPlayback(
                        user("officer", Role.OFFICER, QUY_NHON),
                        "GL-PK-0001",
                        Instant.parse("2026-12-07T02:00:00Z"),
                        50))
            .status());
  }
}
