package vn.tcc.command.internal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CapturedRequest;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedCameraAccess;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.vms.api.LiveStreams;
import vn.tcc.vms.api.VmsLiveStream;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;

/**
 * Watching a camera live through TCC. Before a stream is opened: the caller's role (operators,
 * supervisors and commune officers watch; admins run systems and do not), the camera's commune
 * inside his jurisdiction, and for a business's or household's camera an agreement in force for
 * live view. Each refusal, each opened stream and its end (with how long it was watched) go to the
 * audit trail. A user holds at most {@link #MAX_STREAMS_PER_USER} streams at once (a 16-tile wall);
 * one more is refused with 429.
 *
 * <p>The relay copies the VMS's MJPEG to the client as it comes. When the client goes away its next
 * write fails and the VMS connection is closed at once, so no tile left behind keeps a VMS
 * connection open.
 */
@ApplicationScoped
public class LiveViewing {
  public static final List<String> WATCHERS = List.of(Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER);
  public static final int MAX_STREAMS_PER_USER = 16;
  public static final String OPENED = "LIVE_VIEW_OPENED";
  public static final String CLOSED = "LIVE_VIEW_CLOSED";
  public static final String REFUSED = "LIVE_VIEW_REFUSED";
  public static final String PLAYBACK_OPENED = "PLAYBACK_OPENED";
  public static final String PLAYBACK_CLOSED = "PLAYBACK_CLOSED";
  public static final String PLAYBACK_REFUSED = "PLAYBACK_REFUSED";
  public static final String SNAPSHOT = "LIVE_SNAPSHOT_VIEWED";
  static final String PURPOSE = "TRAFFIC_MANAGEMENT: live view in the command room";
  static final String PLAYBACK_PURPOSE = "TRAFFIC_MANAGEMENT: playback in the command room";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger LOG = Logger.getLogger(LiveViewing.class.getName());

  @Inject CameraDirectory cameras;
  @Inject LiveStreams streams;
  @Inject SharedCameraAccess sharing;
  @Inject AuditTrail audit;
  @Inject LiveRelays relays;

  private final Map<String, AtomicInteger> openByUser = new ConcurrentHashMap<>();

  /**
   * A stream opened for one caller, to be relayed and then closed; {@code origin} is the request
   * that opened it, whose caller the end is audited for on the relay's own thread.
   */
  public record LiveView(
      CurrentRequest origin,
      CameraReference camera,
      VmsLiveStream stream,
      Instant openedAt,
      String closedAction,
      AtomicBoolean ended) {
    public Caller caller() {
      return origin.caller();
    }
  }

  public static boolean mayWatch(Caller caller) {
    return caller.hasAnyRole(WATCHERS) && caller.jurisdiction() != null;
  }

  /**
   * Every check of {@link #open} without opening anything: the camera if the caller may watch it,
   * else the refusal (audited) as a {@link ProblemException}.
   */
  public CameraReference check(Caller caller, String cameraCode) {
    return check(caller, cameraCode, SharedDataType.LIVE_VIEW, REFUSED);
  }

  /**
   * The checks of {@link #check(Caller, String)} with the agreement asked for {@code dataType}
   * (recordings for playback, snapshots for keeping a frame), refusals audited as {@code
   * refusedAction}.
   */
  public CameraReference check(
      Caller caller, String cameraCode, SharedDataType dataType, String refusedAction) {
    CameraReference camera = checkAccess(caller, cameraCode, dataType, refusedAction);
    if (!camera.inService()) {
      throw new ProblemException(409, "command.live.notInService", cameraCode);
    }
    if (camera.vmsCode() == null || camera.vmsExternalId() == null) {
      throw new ProblemException(409, "command.live.notLinked", cameraCode);
    }
    return camera;
  }

  /**
   * Role, jurisdiction and agreement only: for what TCC already keeps of a camera (its snapshots),
   * which stays readable when the camera is unlinked or decommissioned.
   */
  public CameraReference checkAccess(
      Caller caller, String cameraCode, SharedDataType dataType, String refusedAction) {
    if (!mayWatch(caller)) {
      refuse(refusedAction, caller, cameraCode, null, "role");
      throw new ProblemException(403, "problem.403.role");
    }
    if (cameraCode == null || !CODE.matcher(cameraCode).matches()) {
      throw new ProblemException(404, "command.live.unknownCamera", "");
    }
    CameraReference camera = cameras.byCodes(List.of(cameraCode)).get(cameraCode);
    if (camera == null) {
      throw new ProblemException(404, "command.live.unknownCamera", cameraCode);
    }
    if (!caller.mayAccess(camera.jurisdiction())) {
      refuse(refusedAction, caller, cameraCode, camera, "jurisdiction");
      throw new ProblemException(403, "problem.403.jurisdiction");
    }
    SharedAccessDecision shared =
        sharing.check(
            cameraCode,
            dataType,
            SharingPurpose.TRAFFIC_MANAGEMENT,
            caller.jurisdiction(),
            Instant.now());
    if (!shared.allowed()) {
      refuse(refusedAction, caller, cameraCode, camera, "sharing agreement: " + shared.reason());
      throw new ProblemException(403, notSharedKey(dataType), cameraCode);
    }
    return camera;
  }

  /** {@link #open(CurrentRequest, String, int)} outside a request (tests). */
  public LiveView open(Caller caller, String cameraCode, int scalePercent) {
    return open(new CapturedRequest(caller, null, null), cameraCode, scalePercent);
  }

  /**
   * Checks, then opens the VMS stream; the caller must {@link #relay} it (which closes it), on the
   * request's thread or, better, through {@link #relayInBackground}.
   */
  public LiveView open(CurrentRequest request, String cameraCode, int scalePercent) {
    Caller caller = request.caller();
    CameraReference camera = check(caller, cameraCode);
    VmsLiveStream stream =
        opened(caller, cameraCode, false, () -> streams.open(camera, scalePercent));
    Instant openedAt = Instant.now();
    audit.record(
        AuditRecord.personalDataRead(OPENED, "camera", cameraCode, camera.jurisdiction(), PURPOSE)
            .withDetails("VMS " + camera.vmsCode() + ", scale " + scalePercent + " %"));
    return new LiveView(
        CapturedRequest.of(request), camera, stream, openedAt, CLOSED, new AtomicBoolean());
  }

  /**
   * Playback: the same checks as live, the agreement asked for recordings; the recording that holds
   * {@code at} replayed from that moment. 404 when no recording covers it. Audited like a live
   * stream, from its opening to its end.
   */
  public LiveView openPlayback(Caller caller, String cameraCode, Instant at, int scalePercent) {
    return openPlayback(new CapturedRequest(caller, null, null), cameraCode, at, scalePercent);
  }

  /** {@link #openPlayback(Caller, String, Instant, int)} for a request, to be relayed apart. */
  public LiveView openPlayback(
      CurrentRequest request, String cameraCode, Instant at, int scalePercent) {
    Caller caller = request.caller();
    CameraReference camera = checkPlayback(caller, cameraCode, at);
    VmsLiveStream stream =
        opened(caller, cameraCode, true, () -> streams.openRecording(camera, at, scalePercent));
    Instant openedAt = Instant.now();
    audit.record(
        AuditRecord.personalDataRead(
                PLAYBACK_OPENED, "camera", cameraCode, camera.jurisdiction(), PLAYBACK_PURPOSE)
            .withDetails("VMS " + camera.vmsCode() + ", recording at " + at));
    return new LiveView(
        CapturedRequest.of(request),
        camera,
        stream,
        openedAt,
        PLAYBACK_CLOSED,
        new AtomicBoolean());
  }

  /**
   * The moment a playback request names, read only after the caller's role, jurisdiction and
   * recordings agreement for the camera are checked when it is unreadable: another ward's officer
   * gets the 403/404 he gets everywhere, not a 400 that tells him the camera exists.
   */
  public Instant playbackMoment(Caller caller, String cameraCode, String at) {
    try {
      return PlaybackTime.parse(at);
    } catch (ProblemException unreadable) {
      checkAccess(caller, cameraCode, SharedDataType.RECORDINGS, PLAYBACK_REFUSED);
      throw unreadable;
    }
  }

  /** Every check of {@link #openPlayback} without opening anything (the wall's probe). */
  public CameraReference checkPlayback(Caller caller, String cameraCode, Instant at) {
    CameraReference camera = check(caller, cameraCode, SharedDataType.RECORDINGS, PLAYBACK_REFUSED);
    if (at == null) {
      throw new ProblemException(400, "command.playback.noTime");
    }
    if (at.isAfter(Instant.now())) {
      throw new ProblemException(404, "command.playback.noRecording", cameraCode);
    }
    return camera;
  }

  private VmsLiveStream opened(
      Caller caller,
      String cameraCode,
      boolean recording,
      java.util.function.Supplier<VmsLiveStream> opening) {
    AtomicInteger mine = openByUser.computeIfAbsent(caller.username(), u -> new AtomicInteger());
    if (mine.incrementAndGet() > MAX_STREAMS_PER_USER) {
      mine.decrementAndGet();
      throw new ProblemException(429, "command.live.tooMany", MAX_STREAMS_PER_USER);
    }
    try {
      return opening.get();
    } catch (VmsNotFound e) {
      mine.decrementAndGet();
      // For a recording: none covers the moment; for live: the VMS no longer knows the camera.
      throw recording
          ? new ProblemException(404, "command.playback.noRecording", cameraCode)
          : new ProblemException(409, "command.live.unknownToVms", cameraCode);
    } catch (VmsUnavailable | VmsUnsupportedOperation e) {
      mine.decrementAndGet();
      LOG.log(Level.FINE, "No stream of " + cameraCode, e);
      throw new ProblemException(503, "command.live.vmsUnavailable", cameraCode);
    } catch (RuntimeException e) {
      mine.decrementAndGet();
      throw e;
    }
  }

  /**
   * Runs {@code relaying} (which must {@link #relay} the view) on a relay thread of its own, so a
   * stream does not hold one of the server's few request threads for its life: 32 on two cores,
   * fewer than two operators' walls. When every relay thread is taken the stream is closed and the
   * viewer gets 503.
   */
  public void relayInBackground(LiveView view, Runnable relaying) {
    if (!relays.start(relaying)) {
      end(view, "no relay thread was free");
      throw new ProblemException(503, "command.live.busy", view.camera().code());
    }
  }

  /**
   * The camera's current picture for its page, after the same checks as the live view; the look is
   * audited as one.
   */
  public VmsMedia snapshot(Caller caller, String cameraCode) {
    CameraReference camera = check(caller, cameraCode);
    VmsMedia picture;
    try {
      picture = streams.snapshot(camera);
    } catch (VmsNotFound e) {
      throw new ProblemException(409, "command.live.unknownToVms", cameraCode);
    } catch (VmsUnavailable | VmsUnsupportedOperation e) {
      LOG.log(Level.FINE, "No snapshot of " + cameraCode, e);
      throw new ProblemException(503, "command.live.vmsUnavailable", cameraCode);
    }
    audit.record(
        AuditRecord.personalDataRead(SNAPSHOT, "camera", cameraCode, camera.jurisdiction(), PURPOSE)
            .withDetails("VMS " + camera.vmsCode() + ", " + picture.size() + " B"));
    return picture;
  }

  /**
   * Copies the stream to the client until either side ends, then closes the VMS connection and
   * records how long it was watched, for the request that opened it.
   */
  public void relay(LiveView view, OutputStream client) {
    String ended = "the VMS ended the stream";
    byte[] buffer = new byte[16 * 1024];
    InputStream upstream = view.stream().body();
    try {
      while (true) {
        int read;
        try {
          read = upstream.read(buffer);
        } catch (IOException e) {
          ended = "the VMS connection broke";
          break;
        }
        if (read < 0) {
          break;
        }
        try {
          client.write(buffer, 0, read);
          client.flush();
        } catch (IOException | RuntimeException e) {
          ended = "the viewer closed it";
          break;
        }
      }
    } finally {
      end(view, ended);
    }
  }

  /**
   * Closes the VMS connection and audits the end, once per view however it ends (a relay that never
   * started ends it too).
   */
  public void end(LiveView view, String why) {
    if (!view.ended().compareAndSet(false, true)) {
      return;
    }
    try {
      view.stream().close();
    } catch (IOException closing) {
      LOG.log(Level.FINE, "Closing a live stream failed", closing);
    } finally {
      // Counters stay in the map: one per user who ever watched, never removed while in use.
      openByUser.get(view.caller().username()).decrementAndGet();
      long seconds = Duration.between(view.openedAt(), Instant.now()).toSeconds();
      audit.recordFor(
          view.origin(),
          new AuditRecord(
              view.closedAction(),
              "camera",
              view.camera().code(),
              view.camera().jurisdiction(),
              null,
              false,
              AuditOutcome.SUCCESS,
              "Watched " + seconds + " s from " + view.openedAt() + "; " + why));
    }
  }

  /** Relay threads streaming now. */
  public int relaying() {
    return relays.active();
  }

  static String notSharedKey(SharedDataType dataType) {
    return switch (dataType) {
      case RECORDINGS -> "command.playback.notShared";
      case SNAPSHOTS -> "command.snapshot.notShared";
      default -> "command.live.notShared";
    };
  }

  /** Streams this user holds open now. */
  public int openBy(String username) {
    AtomicInteger count = openByUser.get(username);
    return count == null ? 0 : count.get();
  }

  /** Connections to VMSs open now, for the diagnostics endpoint and the tests that count them. */
  public int openUpstreams() {
    return streams.openUpstreams();
  }

  private void refuse(
      String action, Caller caller, String cameraCode, CameraReference camera, String why) {
    audit.record(
        new AuditRecord(
            action,
            "camera",
            cameraCode == null || !CODE.matcher(cameraCode).matches() ? null : cameraCode,
            camera == null ? null : camera.jurisdiction(),
            null,
            false,
            AuditOutcome.DENIED,
            "Refused to " + caller.username() + ": " + why));
  }
}
