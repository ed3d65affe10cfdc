package vn.tcc.command.internal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.command.internal.incident.application.IncidentDesk;
import vn.tcc.event.api.EvidenceFiles;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.vms.api.LiveStreams;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;

/**
 * The wall's snapshot button: TCC fetches one current JPEG of the camera from its VMS (never from
 * the browser, whose picture could be anything), keeps it in the evidence store with its SHA-256
 * and says which camera, who, when and for which incident. The checks are those of the live view
 * (role, jurisdiction, a shared camera's agreement for live view), and a shared camera's agreement
 * must also cover snapshots, since a kept frame outlives the watching. Taking, refusing and each
 * look at a kept frame are audited. Retention: {@code COMMAND_SNAPSHOT}, counted from the taking.
 */
@ApplicationScoped
public class Snapshots {
  public static final String TAKEN = "SNAPSHOT_TAKEN";
  public static final String REFUSED = "SNAPSHOT_REFUSED";
  public static final String VIEWED = "SNAPSHOT_VIEWED";
  static final String PURPOSE = "TRAFFIC_MANAGEMENT: snapshot kept in the command room";
  static final int NOTE_LENGTH = 500;
  static final int LISTED = 50;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

  @Inject LiveViewing viewing;
  @Inject LiveStreams streams;
  @Inject SnapshotKeeping keeping;
  @Inject SnapshotStore store;
  @Inject EvidenceFiles files;
  @Inject IncidentDesk incidents;
  @Inject AuditTrail audit;

  /** A kept frame's bytes, checked against their SHA-256. */
  public record SnapshotImage(Snapshot snapshot, byte[] bytes) {}

  /**
   * Takes the frame now and keeps it, for the incident when one is named (which the caller must be
   * able to see).
   */
  public Snapshot take(Caller caller, String cameraCode, Long incidentId, String note) {
    CameraReference camera = viewing.check(caller, cameraCode, SharedDataType.LIVE_VIEW, REFUSED);
    viewing.checkAccess(caller, cameraCode, SharedDataType.SNAPSHOTS, REFUSED);
    String cleanNote = note(note);
    if (incidentId != null) {
      // 404 for an incident outside the caller's area, as the incident API answers.
      incidents.one(caller, Long.toString(incidentId));
    }
    VmsMedia frame;
    try {
      frame = streams.snapshot(camera);
    } catch (VmsNotFound e) {
      throw new ProblemException(409, "command.live.unknownToVms", cameraCode);
    } catch (VmsUnavailable | VmsUnsupportedOperation e) {
      LOG.log(Level.FINE, "No snapshot of " + cameraCode, e);
      throw new ProblemException(503, "command.live.vmsUnavailable", cameraCode);
    }
    return keeping.keep(caller, camera, incidentId, frame, cleanNote);
  }

  /** The camera's kept frames, newest first (role, jurisdiction, agreement for snapshots). */
  public List<Snapshot> ofCamera(Caller caller, String cameraCode) {
    viewing.checkAccess(caller, cameraCode, SharedDataType.SNAPSHOTS, REFUSED);
    return store.ofCamera(cameraCode, LISTED);
  }

  /** The frames kept for an incident the caller can see, and whose cameras he may watch. */
  public List<Snapshot> ofIncident(Caller caller, long incidentId) {
    incidents.one(caller, Long.toString(incidentId));
    return store.ofIncident(incidentId).stream()
        .filter(s -> caller.mayAccess(s.jurisdiction()))
        .toList();
  }

  /** The bytes of a kept frame, for whoever may watch its camera; the look is audited. */
  public SnapshotImage image(Caller caller, String id) {
    long number;
    try {
      number = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(404, "command.snapshot.notFound");
    }
    Snapshot snapshot =
        store
            .byId(number)
            .orElseThrow(() -> new ProblemException(404, "command.snapshot.notFound"));
    viewing.checkAccess(caller, snapshot.cameraCode(), SharedDataType.SNAPSHOTS, REFUSED);
    byte[] bytes =
        files
            .read(snapshot.sha256())
            .orElseThrow(() -> new ProblemException(404, "command.snapshot.notFound"));
    audit.record(
        new AuditRecord(
            VIEWED,
            "camera",
            snapshot.cameraCode(),
            snapshot.jurisdiction(),
            PURPOSE,
            true,
            AuditOutcome.SUCCESS,
            "snapshot " + snapshot.id() + ", SHA-256 " + snapshot.sha256()));
    return new SnapshotImage(snapshot, bytes);
  }

  /** A note is optional, plain text, at most 500 characters; anything else is refused. */
  static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String stripped = note.strip();
    if (stripped.length() > NOTE_LENGTH || CONTROL.matcher(stripped).find()) {
      throw new ProblemException(400, "command.snapshot.badNote", NOTE_LENGTH);
    }
    return stripped;
  }
}
