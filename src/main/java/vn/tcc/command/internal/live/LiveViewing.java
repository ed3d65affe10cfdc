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
  public static final String SNAPSHOT = "LIVE_SNAPSHOT_VIEWED";
  static final String PURPOSE = "TRAFFIC_MANAGEMENT: live view in the command room";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger LOG = Logger.getLogger(LiveViewing.class.getName());

  @Inject CameraDirectory cameras;
  @Inject LiveStreams streams;
  @Inject SharedCameraAccess sharing;
  @Inject AuditTrail audit;

  private final Map<String, AtomicInteger> openByUser = new ConcurrentHashMap<>();

  /** A stream opened for one caller, to be relayed and then closed. */
  public record LiveView(
      Caller caller, CameraReference camera, VmsLiveStream stream, Instant openedAt) {}

  public static boolean mayWatch(Caller caller) {
    return caller.hasAnyRole(WATCHERS) && caller.jurisdiction() != null;
  }

  /**
   * Every check of {@link #open} without opening anything: the camera if the caller may watch it,
   * else the refusal (audited) as a {@link ProblemException}.
   */
  public CameraReference check(Caller caller, String cameraCode) {
    if (!mayWatch(caller)) {
      refuse(caller, cameraCode, null, "role");
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
      refuse(caller, cameraCode, camera, "jurisdiction");
      throw new ProblemException(403, "problem.403.jurisdiction");
    }
    SharedAccessDecision shared =
        sharing.check(
            cameraCode,
            SharedDataType.LIVE_VIEW,
            SharingPurpose.TRAFFIC_MANAGEMENT,
            caller.jurisdiction(),
            Instant.now());
    if (!shared.allowed()) {
      refuse(caller, cameraCode, camera, "sharing agreement: " + shared.reason());
      throw new ProblemException(403, "command.live.notShared", cameraCode);
    }
    if (!camera.inService()) {
      throw new ProblemException(409, "command.live.notInService", cameraCode);
    }
    if (camera.vmsCode() == null || camera.vmsExternalId() == null) {
      throw new ProblemException(409, "command.live.notLinked", cameraCode);
    }
    return camera;
  }

  /** Checks, then opens the VMS stream; the caller must {@link #relay} it (which closes it). */
  public LiveView open(Caller caller, String cameraCode, int scalePercent) {
    CameraReference camera = check(caller, cameraCode);
    AtomicInteger mine = openByUser.computeIfAbsent(caller.username(), u -> new AtomicInteger());
    if (mine.incrementAndGet() > MAX_STREAMS_PER_USER) {
      mine.decrementAndGet();
      throw new ProblemException(429, "command.live.tooMany", MAX_STREAMS_PER_USER);
    }
    VmsLiveStream stream;
    try {
      stream = streams.open(camera, scalePercent);
    } catch (VmsNotFound e) {
      mine.decrementAndGet();
      throw new ProblemException(409, "command.live.unknownToVms", cameraCode);
    } catch (VmsUnavailable | VmsUnsupportedOperation e) {
      mine.decrementAndGet();
      LOG.log(Level.FINE, "No live stream of " + cameraCode, e);
      throw new ProblemException(503, "command.live.vmsUnavailable", cameraCode);
    }
    Instant openedAt = Instant.now();
    audit.record(
        AuditRecord.personalDataRead(OPENED, "camera", cameraCode, camera.jurisdiction(), PURPOSE)
            .withDetails("VMS " + camera.vmsCode() + ", scale " + scalePercent + " %"));
    return new LiveView(caller, camera, stream, openedAt);
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
   * records how long it was watched. Runs on the request's thread: the audit entry is the caller's.
   */
  public void relay(LiveView view, OutputStream client) {
    String ended = "the VMS ended the stream";
    byte[] buffer = new byte[16 * 1024];
    try (InputStream upstream = view.stream().body()) {
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
    } catch (IOException closing) {
      LOG.log(Level.FINE, "Closing a live stream failed", closing);
    } finally {
      // Counters stay in the map: one per user who ever watched, never removed while in use.
      openByUser.get(view.caller().username()).decrementAndGet();
      long seconds = Duration.between(view.openedAt(), Instant.now()).toSeconds();
      audit.record(
          new AuditRecord(
              CLOSED,
              "camera",
              view.camera().code(),
              view.camera().jurisdiction(),
              null,
              false,
              AuditOutcome.SUCCESS,
              "Watched " + seconds + " s from " + view.openedAt() + "; " + ended));
    }
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

  private void refuse(Caller caller, String cameraCode, CameraReference camera, String why) {
    audit.record(
        new AuditRecord(
            REFUSED,
            "camera",
            cameraCode == null || !CODE.matcher(cameraCode).matches() ? null : cameraCode,
            camera == null ? null : camera.jurisdiction(),
            null,
            false,
            AuditOutcome.DENIED,
            "Live view refused to " + caller.username() + ": " + why));
  }
}
