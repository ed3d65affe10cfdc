package vn.tcc.command.internal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.event.api.EvidenceFiles;
import vn.tcc.event.api.EvidenceFiles.StoredFile;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.vms.api.VmsMedia;

/**
 * The file, its reference and the audit entry in one transaction: no reference without its bytes,
 * no kept frame without its entry. The VMS was asked before, outside any transaction.
 */
@ApplicationScoped
public class SnapshotKeeping {
  @Inject EvidenceFiles files;
  @Inject SnapshotStore store;
  @Inject AuditTrail audit;

  @Transactional
  public Snapshot keep(
      Caller caller, CameraReference camera, Long incidentId, VmsMedia frame, String note) {
    StoredFile stored =
        files.store(frame.content(), frame.mediaType(), "user:" + caller.username());
    Snapshot kept =
        store.add(
            new Snapshot(
                0,
                camera.code(),
                camera.jurisdiction(),
                incidentId,
                stored.sha256(),
                frame.mediaType(),
                stored.sizeBytes(),
                camera.vmsCode(),
                Instant.now(),
                caller.username(),
                caller.displayName() == null ? caller.username() : caller.displayName(),
                note));
    audit.record(
        AuditRecord.personalDataRead(
                Snapshots.TAKEN, "camera", camera.code(), camera.jurisdiction(), Snapshots.PURPOSE)
            .withDetails(
                "snapshot "
                    + kept.id()
                    + ", SHA-256 "
                    + kept.sha256()
                    + (incidentId == null ? "" : ", incident " + incidentId)));
    return kept;
  }
}
