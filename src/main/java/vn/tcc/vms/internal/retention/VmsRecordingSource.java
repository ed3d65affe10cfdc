package vn.tcc.vms.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionAuditEntries;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Live footage recorded in the VMSs (for ZoneMinder: its events), counted from the end of each
 * recording; item id {@code <vmsCode>:<recordingId>}. Listed camera by camera (the cameras linked
 * to each enabled connection, by VMS code then camera code) through the adapter, behind each
 * connection's circuit breaker; deleted through the adapter too, its answer recorded as it is.
 *
 * <p>Calls stay bounded: a camera is read in time windows (a day while it has recordings, doubling
 * up to {@link #WIDEST_WINDOW} across empty stretches), at most {@link #CALLS_PER_PAGE} VMS calls a
 * page (a page may then come back short, with a cursor to go on from), and never further back than
 * {@link #LOOKBACK} before the cut-off: a VMS keeps weeks in its ring, not years, and what it keeps
 * longer is archived, i.e. locked. A VMS that does not answer is skipped for this page and its
 * recordings wait for the next run. Level: the VMS's own, a commune center when the connection
 * serves a commune, else the province. Size: unknown to the VMS port, so 0.
 */
@ApplicationScoped
public class VmsRecordingSource implements RetentionSource {
  static final Duration LOOKBACK = Duration.ofDays(366);
  static final Duration NARROWEST_WINDOW = Duration.ofDays(1);
  static final Duration WIDEST_WINDOW = Duration.ofDays(32);
  static final int CALLS_PER_PAGE = 60;
  private static final Logger LOG = Logger.getLogger(VmsRecordingSource.class.getName());

  private VmsConnectionRepository connections;
  private VmsAdapters adapters;
  private CameraDirectory cameras;
  private AuditTrail audit;

  VmsRecordingSource() {}

  @Inject
  VmsRecordingSource(
      VmsConnectionRepository connections,
      VmsAdapters adapters,
      CameraDirectory cameras,
      AuditTrail audit) {
    this.connections = connections;
    this.adapters = adapters;
    this.cameras = cameras;
    this.audit = audit;
  }

  /** A linked camera of an enabled connection, in the order the list walks them. */
  record LinkedCamera(
      VmsConnection connection,
      String cameraCode,
      String externalId,
      JurisdictionCode jurisdiction) {}

  @Override
  public DataClass dataClass() {
    return DataClass.VMS_RECORDING;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    RecordingCursor position = RecordingCursor.decode(cursor);
    List<LinkedCamera> walk = linkedCameras(position);
    Map<String, CameraCustody> custody =
        walk.isEmpty()
            ? Map.of()
            : cameras.custodyOf(walk.stream().map(LinkedCamera::cameraCode).toList());
    List<RetainedRecord> items = new ArrayList<>();
    int calls = 0;
    String unavailableVms = null;
    for (LinkedCamera camera : walk) {
      if (camera.connection().code().equals(unavailableVms)) {
        continue;
      }
      boolean sameCamera =
          position != null
              && position.compareCamera(camera.connection().code(), camera.cameraCode()) == 0;
      RecordingCursor at =
          sameCamera
              ? position
              : new RecordingCursor(
                  camera.connection().code(),
                  camera.cameraCode(),
                  startedBefore.minus(LOOKBACK),
                  RecordingCursor.ALL);
      VmsAdapter vms = adapters.of(camera.connection());
      if (!vms.can(VmsCapability.FIND_RECORDINGS)) {
        continue;
      }
      Duration window = NARROWEST_WINDOW;
      while (at.end().isBefore(startedBefore)) {
        if (items.size() >= limit || calls >= CALLS_PER_PAGE) {
          return new CandidatePage(items, at.encode());
        }
        Instant windowEnd = min(at.end().plus(window), startedBefore);
        List<VmsRecording> found;
        try {
          calls++;
          found = vms.recordings(camera.externalId(), at.end(), windowEnd);
        } catch (VmsUnavailable away) {
          LOG.log(
              Level.WARNING,
              "VMS {0} did not answer; its recordings wait for the next run: {1}",
              new Object[] {camera.connection().code(), away.getMessage()});
          unavailableVms = camera.connection().code();
          break;
        } catch (VmsNotFound | VmsUnsupportedOperation noSuchCamera) {
          break;
        }
        List<VmsRecording> due =
            dueInWindow(found, at, windowEnd, startedBefore).stream()
                .sorted(
                    Comparator.comparing(VmsRecording::end)
                        .thenComparing(VmsRecording::recordingId, RecordingCursor.ID_ORDER))
                .toList();
        if (due.isEmpty()) {
          window = min(window.multipliedBy(2), WIDEST_WINDOW);
        } else {
          window = NARROWEST_WINDOW;
        }
        int room = limit - items.size();
        for (VmsRecording recording : due.subList(0, Math.min(room, due.size()))) {
          items.add(record(camera, recording, custody.get(camera.cameraCode())));
        }
        if (due.size() > room) {
          VmsRecording last = due.get(room - 1);
          return new CandidatePage(
              items,
              new RecordingCursor(
                      camera.connection().code(),
                      camera.cameraCode(),
                      last.end(),
                      last.recordingId())
                  .encode());
        }
        at =
            new RecordingCursor(
                camera.connection().code(), camera.cameraCode(), windowEnd, RecordingCursor.ALL);
      }
    }
    return new CandidatePage(items, null);
  }

  /**
   * The recordings of a window [from, windowEnd] that end inside it, before the cut-off, and come
   * after the cursor: a recording overlapping several windows is listed once, in the window of its
   * end. A recording still being made (no end) is not due.
   */
  static List<VmsRecording> dueInWindow(
      List<VmsRecording> found, RecordingCursor at, Instant windowEnd, Instant startedBefore) {
    return found.stream()
        .filter(r -> r.end() != null && r.end().isBefore(startedBefore))
        .filter(r -> !r.end().isAfter(windowEnd))
        .filter(
            r ->
                at.recordingId() == null
                    ? !r.end().isBefore(at.end())
                    : at.isAfter(r.end(), r.recordingId()))
        .toList();
  }

  static RetainedRecord record(LinkedCamera camera, VmsRecording recording, CameraCustody custody) {
    boolean locked = recording.protectedFromDeletion();
    return new RetainedRecord(
        DataClass.VMS_RECORDING,
        camera.connection().code() + ":" + recording.recordingId(),
        levelOf(camera.connection()),
        camera.jurisdiction(),
        custody == null ? null : custody.ownerType(),
        recording.end(),
        camera.cameraCode(),
        recording.start(),
        recording.end(),
        List.of(),
        null,
        null,
        0,
        null,
        "Recording "
            + recording.recordingId()
            + " of camera "
            + camera.cameraCode()
            + " in VMS "
            + camera.connection().code()
            + (locked ? " (locked in the VMS)" : ""));
  }

  /** Where the recording is stored: in the VMS, a commune's when it serves a commune. */
  static StorageLevel levelOf(VmsConnection connection) {
    return connection.jurisdiction() != null && !connection.jurisdiction().isProvince()
        ? StorageLevel.COMMUNE_CENTER
        : StorageLevel.PROVINCIAL_CENTER;
  }

  /** The linked cameras of enabled connections from the cursor's camera on, in list order. */
  private List<LinkedCamera> linkedCameras(RecordingCursor position) {
    List<LinkedCamera> walk = new ArrayList<>();
    List<VmsConnection> enabled =
        connections.all().stream()
            .filter(VmsConnection::enabled)
            .sorted(Comparator.comparing(VmsConnection::code))
            .toList();
    for (VmsConnection connection : enabled) {
      if (position != null && connection.code().compareTo(position.vmsCode()) < 0) {
        continue;
      }
      cameras.linkedTo(connection.code()).stream()
          .sorted(Comparator.comparing(CameraHealthState::code))
          .filter(c -> position == null || position.compareCamera(connection.code(), c.code()) >= 0)
          .map(c -> new LinkedCamera(connection, c.code(), c.vmsExternalId(), c.jurisdiction()))
          .forEach(walk::add);
    }
    return walk;
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      DeletionOutcome outcome = deleteOne(item.itemId());
      outcomes.add(outcome);
      if (outcome.result() == DeletionOutcome.Result.DELETED) {
        gone.add(item);
      }
    }
    DeletionAuditEntries.entries("vms_recording", DataClass.VMS_RECORDING, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  private DeletionOutcome deleteOne(String itemId) {
    int colon = itemId.indexOf(':');
    if (colon <= 0 || colon == itemId.length() - 1) {
      return new DeletionOutcome(
          itemId, DeletionOutcome.Result.FAILED, "Not a VMS recording id: " + itemId);
    }
    String vmsCode = itemId.substring(0, colon);
    Optional<VmsConnection> connection = connections.find(vmsCode);
    if (connection.isEmpty() || !connection.get().enabled()) {
      return new DeletionOutcome(
          itemId,
          DeletionOutcome.Result.FAILED,
          "VMS " + vmsCode + " is not connected or disabled");
    }
    return RecordingDeletions.delete(
        itemId, adapters.of(connection.get()), itemId.substring(colon + 1));
  }

  /**
   * None: the VMS port tells neither the size of a recording nor how many a camera has without
   * listing every one, which the dashboard cannot afford on each view; the VMS's own console shows
   * its disk.
   */
  @Override
  public List<StoredVolume> volumes() {
    return List.of();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }
}
